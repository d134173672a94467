/**
 * Maps an API path to what it names: a discovery document, an OpenAPI document, or a resource
 * (collection, object or subresource, in a namespace or cluster-wide).
 */
import { findResource, groupVersions, type ResourceInfo } from '../store/resources';
import { StatusError } from '../store/status-error';

export type Route =
  | { kind: 'api-versions' }
  | { kind: 'api-groups' }
  | { kind: 'api-group'; group: string }
  | { kind: 'resource-list'; group: string; version: string }
  | { kind: 'openapi-v2' }
  | { kind: 'openapi-v3' }
  | { kind: 'openapi-v3-doc'; group: string; version: string }
  | { kind: 'version' }
  | { kind: 'health' }
  | {
      kind: 'resource';
      resource: ResourceInfo;
      namespace?: string;
      name?: string;
      subresource?: string;
    };

function notFoundPath(path: string) {
  return new StatusError(404, 'NotFound', 'the server could not find the requested resource', {
    causes: [{ reason: 'UnexpectedServerResponse', message: `404 page not found: ${path}` }],
  });
}

function resourceRoute(group: string, version: string, segs: string[], path: string): Route {
  const known = groupVersions().some((gv) => gv.group === group && gv.version === version);
  if (!known) throw notFoundPath(path);
  if (segs.length === 0) return { kind: 'resource-list', group, version };
  // namespaces/<ns>/<resource>/... names a namespaced resource; namespaces/<name>[/sub] a namespace.
  if (segs[0] === 'namespaces' && segs.length >= 3) {
    const r = findResource(group, version, segs[2]!);
    if (r && r.namespaced) {
      if (segs.length > 5) throw notFoundPath(path);
      return {
        kind: 'resource',
        resource: r,
        namespace: segs[1],
        name: segs[3],
        subresource: segs[4],
      };
    }
  }
  const r = findResource(group, version, segs[0]!);
  if (!r || segs.length > 3) throw notFoundPath(path);
  if (r.namespaced && segs.length > 1) throw notFoundPath(path);
  return { kind: 'resource', resource: r, name: segs[1], subresource: segs[2] };
}

export function parseRoute(path: string): Route {
  const segs = path.split('/').filter(Boolean).map(decodeURIComponent);
  const [first, second, third] = segs;
  if (path === '/version' || path === '/version/') return { kind: 'version' };
  if (['healthz', 'livez', 'readyz'].includes(first ?? '') && segs.length === 1)
    return { kind: 'health' };
  if (first === 'openapi') {
    if (second === 'v2' && segs.length === 2) return { kind: 'openapi-v2' };
    if (second === 'v3' && segs.length === 2) return { kind: 'openapi-v3' };
    if (second === 'v3' && third === 'api' && segs[3] && segs.length === 4) {
      return { kind: 'openapi-v3-doc', group: '', version: segs[3] };
    }
    if (second === 'v3' && third === 'apis' && segs.length === 5) {
      return { kind: 'openapi-v3-doc', group: segs[3]!, version: segs[4]! };
    }
    throw notFoundPath(path);
  }
  if (first === 'api') {
    if (segs.length === 1) return { kind: 'api-versions' };
    return resourceRoute('', second!, segs.slice(2), path);
  }
  if (first === 'apis') {
    if (segs.length === 1) return { kind: 'api-groups' };
    if (segs.length === 2) {
      if (!groupVersions().some((gv) => gv.group === second)) throw notFoundPath(path);
      return { kind: 'api-group', group: second! };
    }
    return resourceRoute(second!, third!, segs.slice(3), path);
  }
  throw notFoundPath(path);
}
