/** POST (create), PUT (replace, with optimistic concurrency) and DELETE (one or a collection). */
import { createObject, deleteObject, updateObject } from '../../cluster/operations';
import type { KubeObject } from '../../runtime/process';
import { cloneObject } from '../../store/object-store';
import { apiVersionOf } from '../../store/resources';
import { StatusError, badRequest } from '../../store/status-error';
import { decodeObjectBody, mediaTypeOf, parseJson, readBody } from '../body';
import { isDryRun, type RequestContext } from '../context';
import { checkIncoming, toKubeObject } from '../incoming-object';
import { sendJson } from '../respond';
import { filterObjects } from './read';
import { applyScale, scaleOf } from './scale';
import { checkImmutable, mergeForSubresource } from './update-rules';

function methodNotAllowed(_ctx: RequestContext) {
  return new StatusError(
    405,
    'MethodNotAllowed',
    `the server does not allow this method on the requested resource`,
  );
}

export async function handleCreate(ctx: RequestContext) {
  const { route, req, res, query, cluster } = ctx;
  if (route.name || route.subresource) throw methodNotAllowed(ctx);
  const body = decodeObjectBody(mediaTypeOf(req), await readBody(req));
  const obj = toKubeObject(body, route.resource);
  checkIncoming(obj, {
    r: route.resource,
    namespace: route.namespace,
    fieldValidation: query.get('fieldValidation'),
    res,
  });
  if (route.resource.namespaced && !route.namespace) {
    throw badRequest(
      'the server could not find the requested resource: a namespace is required; use namespaces/<ns>/' +
        route.resource.plural,
    );
  }
  delete obj.status;
  const created = createObject(cluster, route.resource, obj, {
    dryRun: isDryRun(query),
    enforceLimits: ctx.enforceLimits,
  });
  sendJson(res, 201, created);
}

/** Stores `next` as the new state of `current`, honouring status/scale subresource rules. */
export function storeUpdate(
  ctx: RequestContext,
  current: KubeObject,
  next: KubeObject,
  expectedVersion?: string,
) {
  const { route, res, query, cluster } = ctx;
  let candidate = next;
  if (route.subresource === 'scale') candidate = applyScale(current, next);
  else candidate = mergeForSubresource(route.resource, route.subresource, current, next);
  if (route.subresource !== 'scale') {
    checkIncoming(candidate, {
      r: route.resource,
      namespace: route.namespace,
      name: route.name,
      fieldValidation: query.get('fieldValidation'),
      res,
    });
  }
  checkImmutable(route.resource, current, candidate);
  const updated = updateObject(cluster, route.resource, candidate, {
    dryRun: isDryRun(query),
    enforceLimits: ctx.enforceLimits,
    expectedVersion,
  });
  sendJson(res, 200, route.subresource === 'scale' ? scaleOf(updated) : updated);
}

export async function handleUpdate(ctx: RequestContext) {
  const { route, req, cluster } = ctx;
  if (!route.name) throw methodNotAllowed(ctx);
  const current = cluster.store.mustGet(route.resource, route.namespace, route.name);
  const body = decodeObjectBody(mediaTypeOf(req), await readBody(req));
  if (route.subresource === 'scale') {
    storeUpdate(
      ctx,
      current,
      body as KubeObject,
      (body as KubeObject)?.metadata?.resourceVersion as string | undefined,
    );
    return;
  }
  const obj = toKubeObject(body, route.resource);
  storeUpdate(ctx, current, obj, (obj.metadata.resourceVersion as string | undefined) || undefined);
}

type DeleteBody = {
  propagationPolicy?: string;
  dryRun?: string[];
  preconditions?: { uid?: string; resourceVersion?: string };
};

async function readDeleteOptions(ctx: RequestContext): Promise<DeleteBody> {
  const raw = await readBody(ctx.req);
  const body = raw.length ? (parseJson(raw.toString('utf8')) as DeleteBody) : {};
  const policy = ctx.query.get('propagationPolicy') ?? body.propagationPolicy;
  if (policy && !['Background', 'Foreground', 'Orphan'].includes(policy)) {
    throw badRequest(
      `DeleteOptions.meta.k8s.io "" is invalid: propagationPolicy: Unsupported value: "${policy}": supported values: "Foreground", "Background", "Orphan", "nil"`,
    );
  }
  return { ...body, propagationPolicy: policy };
}

export async function handleDelete(ctx: RequestContext) {
  const { route, res, query, cluster } = ctx;
  const options = await readDeleteOptions(ctx);
  const dryRun = isDryRun(query) || (options.dryRun ?? []).includes('All');
  if (!route.name) {
    const { items } = filterObjects(ctx);
    const deleted = items.map((o) =>
      deleteObject(cluster, route.resource, o.metadata.namespace, o.metadata.name, {
        dryRun,
        propagationPolicy: options.propagationPolicy,
      }),
    );
    sendJson(res, 200, {
      kind: `${route.resource.kind}List`,
      apiVersion: apiVersionOf(route.resource),
      metadata: {},
      items: deleted,
    });
    return;
  }
  if (route.subresource) throw methodNotAllowed(ctx);
  const current = cluster.store.mustGet(route.resource, route.namespace, route.name);
  const pre = options.preconditions;
  if (pre?.uid && pre.uid !== current.metadata.uid) {
    throw new StatusError(
      409,
      'Conflict',
      `Precondition failed: UID in precondition: ${pre.uid}, UID in object meta: ${current.metadata.uid}`,
    );
  }
  if (pre?.resourceVersion && pre.resourceVersion !== current.metadata.resourceVersion) {
    throw new StatusError(
      409,
      'Conflict',
      `Precondition failed: ResourceVersion in precondition: ${pre.resourceVersion}, ResourceVersion in object meta: ${current.metadata.resourceVersion}`,
    );
  }
  const deleted = deleteObject(cluster, route.resource, route.namespace, route.name, {
    dryRun,
    propagationPolicy: options.propagationPolicy,
  });
  sendJson(res, 200, cloneObject(deleted));
}
