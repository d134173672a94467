import { describe, expect, it } from 'vitest';
import { makePod } from './test-support';
import { effectiveUser, resolveUser } from './user';

describe('effectiveUser', () => {
  it('is root when nothing sets runAsUser', () => {
    expect(effectiveUser(makePod(), 'main')).toEqual({ uid: 0, gid: 0 });
  });

  it('takes the pod-level runAsUser', () => {
    expect(effectiveUser(makePod({ podSecurityContext: { runAsUser: 1000 } }), 'main').uid).toBe(
      1000,
    );
  });

  it('lets the container override the pod', () => {
    const pod = makePod({
      podSecurityContext: { runAsUser: 0, runAsGroup: 10 },
      securityContext: { runAsUser: 1000, runAsGroup: 3000 },
    });
    expect(effectiveUser(pod, 'main')).toEqual({ uid: 1000, gid: 3000 });
  });

  it('collects supplementalGroups and fsGroup', () => {
    const pod = makePod({ podSecurityContext: { supplementalGroups: [4000], fsGroup: 2000 } });
    expect(resolveUser(pod, 'main').supplementalGroups).toEqual([4000, 2000]);
  });
});
