/** GET: one object, a subresource (status, scale, log) or a filtered list (optionally as a Table). */
import type { KubeObject } from '../../runtime/process';
import { apiVersionOf } from '../../store/resources';
import { badRequest, StatusError } from '../../store/status-error';
import {
  matchesFields,
  matchesLabels,
  parseFieldSelector,
  parseLabelSelector,
} from '../../store/selectors';
import type { RequestContext } from '../context';
import { sendJson } from '../respond';
import { toTable, wantsTable } from '../table';
import { scaleOf } from './scale';

export function filterObjects(ctx: RequestContext): { items: KubeObject[]; rv: string } {
  const { cluster, route, query } = ctx;
  const labels = parseLabelSelector(query.get('labelSelector'));
  const fields = parseFieldSelector(query.get('fieldSelector'), route.resource);
  const items = cluster.store
    .list(route.resource, route.namespace)
    .filter((o) => matchesLabels(labels, o.metadata.labels) && matchesFields(fields, o));
  return { items, rv: String(cluster.store.resourceVersion) };
}

export function handleList(ctx: RequestContext) {
  const { route, req, res, query } = ctx;
  const { items, rv } = filterObjects(ctx);
  if (wantsTable(req.headers.accept)) {
    sendJson(res, 200, toTable(route.resource, items, rv, query.get('includeObject')));
    return;
  }
  sendJson(res, 200, {
    kind: `${route.resource.kind}List`,
    apiVersion: apiVersionOf(route.resource),
    metadata: { resourceVersion: rv },
    items,
  });
}

export function handleGet(ctx: RequestContext) {
  const { cluster, route, req, res, query } = ctx;
  const obj = cluster.store.mustGet(route.resource, route.namespace, route.name!);
  switch (route.subresource) {
    case undefined:
    case 'status':
      break;
    case 'scale':
      sendJson(res, 200, scaleOf(obj));
      return;
    case 'log': {
      const container = query.get('container');
      const containers = ((obj.spec as { containers?: { name: string }[] }).containers ?? []).map(
        (c) => c.name,
      );
      if (container && !containers.includes(container)) {
        throw badRequest(`container ${container} is not valid for pod ${obj.metadata.name}`);
      }
      if ((obj.status as { phase?: string } | undefined)?.phase !== 'Running') {
        throw badRequest(
          `container "${container ?? containers[0]}" in pod "${obj.metadata.name}" is waiting to start: ContainerCreating`,
        );
      }
      res.writeHead(200, { 'content-type': 'text/plain', 'content-length': 0 });
      res.end();
      return;
    }
    default:
      throw new StatusError(404, 'NotFound', 'the server could not find the requested resource');
  }
  if (wantsTable(req.headers.accept) && !route.subresource) {
    sendJson(
      res,
      200,
      toTable(
        route.resource,
        [obj],
        String(obj.metadata.resourceVersion),
        query.get('includeObject'),
      ),
    );
    return;
  }
  sendJson(res, 200, obj);
}
