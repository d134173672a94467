import { describe, expect, it } from 'vitest';
import type { ApiResource } from '@/server/cluster/discovery';
import { expandResourceType, findResource, findResourceForKind, formatKindName } from './resources';

const r = (
  group: string,
  resource: string,
  kind: string,
  shortNames: string[] = [],
  categories: string[] = [],
): ApiResource => ({
  group,
  version: 'v1',
  resource,
  singularName: kind.toLowerCase(),
  kind,
  namespaced: true,
  shortNames,
  verbs: [],
  categories,
  preferred: true,
});

const all = [
  r('', 'pods', 'Pod', ['po'], ['all']),
  r('', 'pods/exec', 'PodExecOptions'),
  r('apps', 'deployments', 'Deployment', ['deploy'], ['all']),
  r('rbac.authorization.k8s.io', 'clusterroles', 'ClusterRole'),
];

describe('findResource', () => {
  it.each(['pods', 'pod', 'po', 'Pod', 'PODS'])('finds pods as %s', (typed) => {
    expect(findResource(all, typed)?.resource).toBe('pods');
  });

  it('accepts group-qualified and versioned names', () => {
    expect(findResource(all, 'deployment.apps')?.resource).toBe('deployments');
    expect(findResource(all, 'deployments.v1.apps')?.resource).toBe('deployments');
    expect(findResource(all, 'deploy')?.group).toBe('apps');
  });

  it('knows nothing of subresources or unknown names', () => {
    expect(findResource(all, 'exec')).toBeNull();
    expect(() => expandResourceType(all, 'foo')).toThrow(
      'error: the server doesn\'t have a resource type "foo"',
    );
  });

  it('expands a category', () => {
    expect(expandResourceType(all, 'all').map((x) => x.resource)).toEqual(['pods', 'deployments']);
  });

  it('maps a manifest kind and names kinds like kubectl', () => {
    const role = findResourceForKind(all, 'rbac.authorization.k8s.io/v1', 'ClusterRole')!;
    expect(formatKindName(role)).toBe('clusterrole.rbac.authorization.k8s.io');
    expect(formatKindName(all[0]!)).toBe('pod');
    expect(findResourceForKind(all, 'v1', 'Nope')).toBeNull();
  });
});
