import { describe, expect, it } from 'vitest';
import { checkKnownFields } from './known-fields';
import { checkObjectName } from './names';

describe('strict field validation', () => {
  it('names unknown fields by their path and drops them', () => {
    const obj = {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'd', lables: {} },
      spec: {
        template: { spec: { containers: [{ name: 'c', image: 'i', imagePullPolice: 'Always' }] } },
      },
    };
    const problems = checkKnownFields('Deployment', obj);
    expect(problems.unknown).toEqual([
      'metadata.lables',
      'spec.template.spec.containers[0].imagePullPolice',
    ]);
    expect(obj.spec.template.spec.containers[0]).toEqual({ name: 'c', image: 'i' });
  });

  it('accepts a complete, valid Deployment', () => {
    const problems = checkKnownFields('Deployment', {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'cfos', labels: { app: 'cfos' } },
      spec: {
        replicas: 1,
        selector: { matchLabels: { app: 'cfos' } },
        template: {
          metadata: { labels: { app: 'cfos' } },
          spec: {
            serviceAccountName: 'sa',
            securityContext: { runAsUser: 0 },
            containers: [
              {
                name: 'c',
                image: 'i',
                securityContext: {
                  allowPrivilegeEscalation: false,
                  privileged: false,
                  capabilities: { add: ['NET_RAW'] },
                },
                ports: [{ containerPort: 80 }],
                volumeMounts: [{ mountPath: '/data', name: 'data-volume' }],
              },
            ],
            volumes: [{ name: 'data-volume', emptyDir: {} }],
          },
        },
      },
    });
    expect(problems).toEqual({ unknown: [], typeErrors: [] });
  });

  it('reports wrong types the way Go decoding does', () => {
    const problems = checkKnownFields('Deployment', { spec: { replicas: '2' } });
    expect(problems.typeErrors).toEqual([
      'json: cannot unmarshal string into Go struct field DeploymentSpec.spec.replicas of type int32',
    ]);
  });
});

describe('object names', () => {
  it('applies RFC 1123 label rules to namespaces and subdomain rules to most kinds', () => {
    expect(checkObjectName('namespaces', 'cfostest')).toEqual([]);
    expect(checkObjectName('namespaces', 'a.b')[0]).toMatch(/RFC 1123 label/);
    expect(checkObjectName('configmaps', 'a.b')).toEqual([]);
    expect(checkObjectName('configmaps', 'Bad_Name')[0]).toMatch(/RFC 1123 subdomain/);
    expect(checkObjectName('clusterroles', 'system:foo')).toEqual([]);
    expect(checkObjectName('clusterroles', 'a/b')).toEqual(["may not contain '/'"]);
    expect(checkObjectName('namespaces', 'x'.repeat(64))).toContain(
      'must be no more than 63 characters',
    );
  });
});
