/**
 * PATCH: JSON patch, merge patch, strategic merge patch and server-side apply (approximated as
 * a strategic merge of the applied configuration, creating the object when it is missing).
 */
import { createObject } from '../../cluster/operations';
import type { KubeObject } from '../../runtime/process';
import { cloneObject } from '../../store/object-store';
import { StatusError } from '../../store/status-error';
import { mediaTypeOf, parseJson, parseYamlText, readBody } from '../body';
import { isDryRun, type RequestContext } from '../context';
import { checkIncoming, toKubeObject } from '../incoming-object';
import { applyJsonPatch } from '../patch/json-patch';
import { applyMergePatch } from '../patch/merge-patch';
import { applyStrategicMergePatch } from '../patch/strategic-merge';
import { sendJson } from '../respond';
import { scaleOf } from './scale';
import { storeUpdate } from './write';

const PATCH_TYPES = [
  'application/json-patch+json',
  'application/merge-patch+json',
  'application/strategic-merge-patch+json',
  'application/apply-patch+yaml',
];

function unsupportedPatch(type: string) {
  return new StatusError(
    415,
    'UnsupportedMediaType',
    `the body of the request was in an unknown format - accepted media types include: ${PATCH_TYPES.join(', ')} (got ${type})`,
  );
}

export async function handlePatch(ctx: RequestContext) {
  const { route, req, res, query, cluster } = ctx;
  const type = mediaTypeOf(req);
  if (!PATCH_TYPES.includes(type)) throw unsupportedPatch(type);
  if (!route.name)
    throw new StatusError(
      405,
      'MethodNotAllowed',
      'the server does not allow this method on the requested resource',
    );
  const raw = (await readBody(req)).toString('utf8');
  const patch = type === 'application/apply-patch+yaml' ? parseYamlText(raw) : parseJson(raw);
  const current = cluster.store.get(route.resource, route.namespace, route.name);

  if (!current) {
    if (type !== 'application/apply-patch+yaml' || route.subresource) {
      cluster.store.mustGet(route.resource, route.namespace, route.name);
    }
    const obj = toKubeObject(patch, route.resource);
    checkIncoming(obj, {
      r: route.resource,
      namespace: route.namespace,
      name: route.name,
      fieldValidation: query.get('fieldValidation'),
      res,
    });
    const created = createObject(cluster, route.resource, obj, {
      dryRun: isDryRun(query),
      enforceLimits: ctx.enforceLimits,
    });
    sendJson(res, 201, created);
    return;
  }

  const base: unknown = route.subresource === 'scale' ? scaleOf(current) : cloneObject(current);
  let result: unknown;
  switch (type) {
    case 'application/json-patch+json':
      result = applyJsonPatch(base, patch);
      break;
    case 'application/merge-patch+json':
      result = applyMergePatch(base, patch);
      break;
    default:
      result = applyStrategicMergePatch(
        route.subresource === 'scale' ? 'Scale' : route.resource.kind,
        base as Record<string, unknown>,
        patch,
      );
  }
  const next = result as KubeObject;
  if (route.subresource !== 'scale') {
    toKubeObject(next, route.resource);
    next.metadata = { ...next.metadata, resourceVersion: current.metadata.resourceVersion };
  }
  // A patch that names a resourceVersion is a precondition, like an update's.
  const patchedRv = (patch as { metadata?: { resourceVersion?: string } })?.metadata
    ?.resourceVersion;
  storeUpdate(ctx, current, next, patchedRv);
}
