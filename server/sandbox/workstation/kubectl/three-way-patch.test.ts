import { describe, expect, it } from 'vitest';
import { createThreeWayPatch } from './three-way-patch';

const container = (add: string[]) => ({
  name: 'c',
  image: 'cfos',
  securityContext: { capabilities: { add } },
  ports: [{ containerPort: 80 }],
});

describe('createThreeWayPatch', () => {
  it('is empty when the file matches the live object (server defaults ignored)', () => {
    const file = {
      spec: { replicas: 1, template: { spec: { containers: [container(['NET_RAW'])] } } },
    };
    const live = {
      spec: {
        replicas: 1,
        strategy: { type: 'RollingUpdate' },
        template: {
          spec: { containers: [{ ...container(['NET_RAW']), imagePullPolicy: 'IfNotPresent' }] },
        },
      },
    };
    expect(createThreeWayPatch(file, file, live)).toEqual({});
  });

  it('patches a container by its merge key with $setElementOrder', () => {
    const before = { spec: { template: { spec: { containers: [container(['NET_RAW'])] } } } };
    const after = {
      spec: { template: { spec: { containers: [container(['NET_RAW', 'NET_ADMIN'])] } } },
    };
    expect(createThreeWayPatch(before, after, before)).toEqual({
      spec: {
        template: {
          spec: {
            '$setElementOrder/containers': [{ name: 'c' }],
            containers: [
              { name: 'c', securityContext: { capabilities: { add: ['NET_RAW', 'NET_ADMIN'] } } },
            ],
          },
        },
      },
    });
  });

  it('deletes what the last apply set and the file dropped', () => {
    const before = { metadata: { labels: { app: 'x', tier: 'fw' } } };
    const after = { metadata: { labels: { app: 'x' } } };
    expect(createThreeWayPatch(before, after, before)).toEqual({
      metadata: { labels: { tier: null } },
    });
  });

  it('removes a dropped list element with $patch: delete', () => {
    const two = { containers: [{ name: 'a' }, { name: 'b' }] };
    const one = { containers: [{ name: 'a' }] };
    expect(createThreeWayPatch(two, one, two)).toEqual({
      '$setElementOrder/containers': [{ name: 'a' }],
      containers: [{ $patch: 'delete', name: 'b' }],
    });
  });
});
