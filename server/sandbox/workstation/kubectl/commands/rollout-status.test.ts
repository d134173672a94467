import { describe, expect, it } from 'vitest';
import { describeDeploymentRollout } from './rollout-status';

const deployment = (status: Record<string, unknown>, generation = 1) => ({
  metadata: { name: 'web', generation },
  spec: { replicas: 1 },
  status: { observedGeneration: 1, ...status },
});

describe('describeDeploymentRollout', () => {
  it('waits for the spec to be observed', () => {
    expect(describeDeploymentRollout(deployment({}, 2)).message).toBe(
      'Waiting for deployment spec update to be observed...\n',
    );
  });

  it('follows kubectl’s order of waiting messages', () => {
    expect(describeDeploymentRollout(deployment({ updatedReplicas: 0 })).message).toBe(
      'Waiting for deployment "web" rollout to finish: 0 out of 1 new replicas have been updated...\n',
    );
    expect(describeDeploymentRollout(deployment({ updatedReplicas: 1, replicas: 2 })).message).toBe(
      'Waiting for deployment "web" rollout to finish: 1 old replicas are pending termination...\n',
    );
    expect(describeDeploymentRollout(deployment({ updatedReplicas: 1, replicas: 1 })).message).toBe(
      'Waiting for deployment "web" rollout to finish: 0 of 1 updated replicas are available...\n',
    );
  });

  it('finishes when every updated replica is available', () => {
    const state = describeDeploymentRollout(
      deployment({ updatedReplicas: 1, replicas: 1, availableReplicas: 1 }),
    );
    expect(state).toEqual({ message: 'deployment "web" successfully rolled out\n', done: true });
  });

  it('fails on an exceeded progress deadline', () => {
    const stuck = deployment({
      conditions: [{ type: 'Progressing', reason: 'ProgressDeadlineExceeded' }],
    });
    expect(() => describeDeploymentRollout(stuck)).toThrow(
      'error: deployment "web" exceeded its progress deadline',
    );
  });
});
