/** What every API handler receives: the request, the learner's cluster and the parsed route. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Cluster } from '../cluster/cluster';
import type { ResourceInfo } from '../store/resources';
import type { Tenant } from './server';

export type ResourceRoute = {
  resource: ResourceInfo;
  namespace?: string;
  name?: string;
  subresource?: string;
};

export type RequestContext = {
  req: IncomingMessage;
  res: ServerResponse;
  cluster: Cluster;
  route: ResourceRoute;
  query: URLSearchParams;
  /** Learner requests count against the cluster's limits; the admin's do not. */
  enforceLimits: boolean;
  tenant: Tenant;
};

/** `dryRun=All` asks for every check without storing anything. */
export function isDryRun(query: URLSearchParams): boolean {
  return query.getAll('dryRun').includes('All');
}
