import { describe, expect, it } from 'vitest';
import { applyStrategicMergePatch } from './strategic-merge';

const deployment = () => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'd', annotations: { keep: 'yes' } },
  spec: {
    replicas: 1,
    template: {
      spec: {
        containers: [
          {
            name: 'a',
            image: 'a:1',
            env: [{ name: 'X', value: '1' }],
            ports: [{ containerPort: 80 }],
          },
          { name: 'b', image: 'b:1', volumeMounts: [{ name: 'v', mountPath: '/data' }] },
        ],
        volumes: [{ name: 'v', emptyDir: {} }],
      },
    },
  },
});
type D = ReturnType<typeof deployment>;
const containers = (d: unknown) => (d as D).spec.template.spec.containers;

describe('strategic merge patch', () => {
  it('merges containers by name instead of replacing the list (kubectl apply)', () => {
    const out = applyStrategicMergePatch('Deployment', deployment(), {
      metadata: { annotations: { applied: 'x' } },
      spec: {
        template: {
          spec: {
            '$setElementOrder/containers': [{ name: 'a' }, { name: 'b' }],
            containers: [{ name: 'b', image: 'b:2' }],
          },
        },
      },
    });
    expect(containers(out).map((c) => [c.name, c.image])).toEqual([
      ['a', 'a:1'],
      ['b', 'b:2'],
    ]);
    expect(containers(out)[1]!.volumeMounts).toEqual([{ name: 'v', mountPath: '/data' }]);
    expect((out as D).metadata.annotations).toEqual({ keep: 'yes', applied: 'x' });
  });

  it('deletes list items with $patch: delete and fields with null', () => {
    const out = applyStrategicMergePatch('Deployment', deployment(), {
      spec: {
        replicas: null,
        template: { spec: { containers: [{ name: 'a', $patch: 'delete' }] } },
      },
    });
    expect(containers(out).map((c) => c.name)).toEqual(['b']);
    expect('replicas' in (out as D).spec).toBe(false);
  });

  it('merges env by name and ports by containerPort inside a container', () => {
    const out = applyStrategicMergePatch('Deployment', deployment(), {
      spec: {
        template: {
          spec: {
            containers: [
              {
                name: 'a',
                env: [{ name: 'Y', value: '2' }],
                ports: [{ containerPort: 80, name: 'http' }],
              },
            ],
          },
        },
      },
    });
    const a = containers(out)[0]!;
    expect(a.env).toEqual([
      { name: 'X', value: '1' },
      { name: 'Y', value: '2' },
    ]);
    expect(a.ports).toEqual([{ containerPort: 80, name: 'http' }]);
  });

  it('replaces a list or map with $patch: replace', () => {
    const out = applyStrategicMergePatch('Deployment', deployment(), {
      spec: {
        template: { spec: { containers: [{ name: 'z', image: 'z' }, { $patch: 'replace' }] } },
      },
      metadata: { annotations: { only: 'this', $patch: 'replace' } },
    });
    expect(containers(out)).toEqual([{ name: 'z', image: 'z' }]);
    expect((out as D).metadata.annotations).toEqual({ only: 'this' });
  });

  it('honours $retainKeys and $deleteFromPrimitiveList', () => {
    const base = { ...deployment(), metadata: { name: 'd', finalizers: ['a', 'b'] } };
    const out = applyStrategicMergePatch('Deployment', base, {
      metadata: { '$deleteFromPrimitiveList/finalizers': ['a'] },
      spec: { strategy: { $retainKeys: ['type'], type: 'Recreate' } },
    }) as D & { metadata: { finalizers: string[] }; spec: { strategy: unknown } };
    expect(out.metadata.finalizers).toEqual(['b']);
    expect(out.spec.strategy).toEqual({ type: 'Recreate' });
  });

  it('replaces lists that have no merge key (args, rules)', () => {
    const out = applyStrategicMergePatch('Deployment', deployment(), {
      spec: { template: { spec: { containers: [{ name: 'a', args: ['x'] }] } } },
    });
    expect(containers(out)[0]).toMatchObject({ args: ['x'], image: 'a:1' });
  });

  it('refuses a patch that is not an object', () => {
    expect(() => applyStrategicMergePatch('Deployment', deployment(), [1])).toThrow(
      /cannot unmarshal array/,
    );
  });
});
