/**
 * NetworkPolicies of a learner namespace. Policies only ever add allowances, so the set is:
 * deny everything by default, then allow traffic within the namespace, DNS, and egress beyond the
 * cluster except the cloud metadata address. Other learners' pods stay unreachable because each
 * learner namespace admits ingress from itself only.
 */
import type { ClusterObject } from '@/server/cluster/types';
import { createLearnerLabels, formatLearnerNamespace } from './labels';

function policy(learnerId: string, name: string, spec: Record<string, unknown>): ClusterObject {
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'NetworkPolicy',
    metadata: {
      name,
      namespace: formatLearnerNamespace(learnerId),
      labels: createLearnerLabels(learnerId),
    },
    spec,
  };
}

export function buildNetworkPolicies(learnerId: string, blockedCidrs: string[]): ClusterObject[] {
  const sameNamespace = [{ podSelector: {} }];
  return [
    policy(learnerId, 'learner-isolation', {
      podSelector: {},
      policyTypes: ['Ingress', 'Egress'],
      ingress: [{ from: sameNamespace }],
      egress: [{ to: sameNamespace }],
    }),
    policy(learnerId, 'learner-dns', {
      podSelector: {},
      policyTypes: ['Egress'],
      egress: [
        {
          to: [
            {
              namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'kube-system' } },
              podSelector: { matchLabels: { 'k8s-app': 'kube-dns' } },
            },
          ],
          ports: [
            { protocol: 'UDP', port: 53 },
            { protocol: 'TCP', port: 53 },
          ],
        },
      ],
    }),
    // The API server (kubectl in the workstation) and image registries live outside the pod
    // network; the metadata endpoint would hand out the node's cloud credentials.
    policy(learnerId, 'learner-egress-no-metadata', {
      podSelector: {},
      policyTypes: ['Egress'],
      egress: [{ to: [{ ipBlock: { cidr: '0.0.0.0/0', except: [...blockedCidrs] } }] }],
    }),
  ];
}
