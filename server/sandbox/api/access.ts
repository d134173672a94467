/**
 * Who a request acts as and whether it may: the learner (or admin) is cluster admin of their own
 * cluster; a request that impersonates someone (`kubectl --as=… --as-group=…`) is held to RBAC,
 * so learners can try out the Roles and bindings they write. Also answers `kubectl auth can-i`
 * (SelfSubjectAccessReview) and `kubectl auth whoami` (SelfSubjectReview).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  authorize,
  forbiddenMessage,
  userFromName,
  type Attributes,
  type UserInfo,
} from '../cluster/rbac';
import type { ObjectStore } from '../store/object-store';
import { StatusError } from '../store/status-error';
import { decodeObjectBody, mediaTypeOf, readBody } from './body';
import type { ResourceRoute } from './context';
import { sendJson } from './respond';

/** The identity behind a learner's or the admin's own token. */
export const OWNER: UserInfo = {
  name: 'sandbox-owner',
  groups: ['system:masters', 'system:authenticated'],
};

export function impersonatedUser(req: IncomingMessage): UserInfo | undefined {
  const name = req.headers['impersonate-user'];
  if (typeof name !== 'string' || !name) return undefined;
  const raw = req.headersDistinct?.['impersonate-group'] ?? [];
  return userFromName(name, raw);
}

function verbOf(req: IncomingMessage, route: ResourceRoute, query: URLSearchParams): string {
  if (route.subresource === 'exec') return 'create';
  switch (req.method) {
    case 'GET':
      if (['true', '1'].includes(query.get('watch') ?? '')) return 'watch';
      return route.name ? 'get' : 'list';
    case 'POST':
      return 'create';
    case 'PUT':
      return 'update';
    case 'PATCH':
      return 'patch';
    case 'DELETE':
      return route.name ? 'delete' : 'deletecollection';
    default:
      return (req.method ?? '').toLowerCase();
  }
}

/** Throws 403 Forbidden when an impersonated user may not make this request. */
export function checkAccess(
  req: IncomingMessage,
  store: ObjectStore,
  route: ResourceRoute,
  query: URLSearchParams,
  tokenUser?: UserInfo,
) {
  const user = impersonatedUser(req) ?? tokenUser;
  if (!user || route.resource.virtual) return;
  const attrs: Attributes = {
    verb: verbOf(req, route, query),
    group: route.resource.group,
    resource: route.resource.plural,
    subresource: route.subresource,
    namespace: route.namespace ?? (route.resource.plural === 'namespaces' ? route.name : undefined),
    name: route.name,
  };
  if (authorize(store, user, attrs).allowed) return;
  throw new StatusError(403, 'Forbidden', forbiddenMessage(user, attrs), {
    ...(route.name ? { name: route.name } : {}),
    ...(attrs.group ? { group: attrs.group } : {}),
    kind: attrs.resource,
  });
}

type Review = {
  spec?: { resourceAttributes?: Partial<Attributes>; nonResourceAttributes?: unknown };
};

/** POST of a SelfSubjectAccessReview or SelfSubjectReview: answered, never stored. */
export async function answerReview(
  req: IncomingMessage,
  res: ServerResponse,
  store: ObjectStore,
  route: ResourceRoute,
  tokenUser?: UserInfo,
) {
  const user = impersonatedUser(req) ?? tokenUser ?? OWNER;
  const body = (decodeObjectBody(mediaTypeOf(req), await readBody(req)) ?? {}) as Review &
    Record<string, unknown>;
  const base = {
    apiVersion: `${route.resource.group}/${route.resource.version}`,
    kind: route.resource.kind,
    metadata: {},
  };
  if (route.resource.kind === 'SelfSubjectReview') {
    sendJson(res, 201, {
      ...base,
      status: { userInfo: { username: user.name, groups: user.groups } },
    });
    return;
  }
  const a = body.spec?.resourceAttributes;
  const attrs: Attributes = {
    verb: a?.verb ?? '',
    group: a?.group ?? '',
    resource: a?.resource ?? '',
    subresource: a?.subresource || undefined,
    namespace: a?.namespace || undefined,
    name: a?.name || undefined,
  };
  const decision = a
    ? authorize(store, user, attrs)
    : { allowed: user.groups.includes('system:masters'), reason: '' };
  sendJson(res, 201, {
    ...base,
    spec: body.spec ?? {},
    status: { allowed: decision.allowed, ...(decision.reason ? { reason: decision.reason } : {}) },
  });
}
