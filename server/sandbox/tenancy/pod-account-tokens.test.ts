import { describe, expect, it } from 'vitest';
import { createCluster } from '../cluster/cluster';
import { createObject } from '../cluster/operations';
import type { ExecRequest } from '../runtime/process';
import { resource } from '../store/resources';
import { PodAccountTokens } from './pod-account-tokens';
import { hashToken } from './tokens';

function setUp() {
  const cluster = createCluster();
  createObject(cluster, resource('namespaces'), {
    apiVersion: 'v1',
    kind: 'Namespace',
    metadata: { name: 'learner-a' },
  });
  createObject(cluster, resource('serviceaccounts'), {
    apiVersion: 'v1',
    kind: 'ServiceAccount',
    metadata: { name: 'learner', namespace: 'learner-a' },
  });
  return { cluster, tokens: new PodAccountTokens(cluster) };
}

function execInto(spec: Record<string, unknown>): ExecRequest {
  return {
    pod: {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'workstation', namespace: 'learner-a' },
      spec,
    },
    container: 'shell',
    command: ['bash'],
    tty: true,
    cluster: { server: 'https://127.0.0.1:1', token: 'admin-token', namespace: 'learner-a' },
  };
}

describe('PodAccountTokens', () => {
  it("gives the process its pod's service account, one stable token per account", () => {
    const { tokens } = setUp();
    const request = tokens.asPodAccount(execInto({ serviceAccountName: 'learner' }));
    const token = request.cluster?.token ?? '';
    expect(token).not.toBe('admin-token');
    expect(tokens.asPodAccount(execInto({ serviceAccountName: 'learner' })).cluster?.token).toBe(
      token,
    );
    expect(tokens.lookup(hashToken(token))).toEqual({
      name: 'system:serviceaccount:learner-a:learner',
      groups: [
        'system:serviceaccounts',
        'system:serviceaccounts:learner-a',
        'system:authenticated',
      ],
    });
  });

  it('gives no credentials when the pod mounts no token', () => {
    const { tokens } = setUp();
    const request = tokens.asPodAccount(
      execInto({ serviceAccountName: 'learner', automountServiceAccountToken: false }),
    );
    expect(request.cluster).toBeUndefined();
  });

  it('stops honouring the token once its service account is deleted', () => {
    const { cluster, tokens } = setUp();
    const token = tokens.tokenFor('learner-a', 'learner');
    cluster.store.delete(resource('serviceaccounts'), 'learner-a', 'learner');
    expect(tokens.lookup(hashToken(token))).toBeUndefined();
  });
});
