/**
 * The ValidatingAdmissionPolicy that keeps the workspace's fences standing. The `admin` role a
 * learner holds in their namespace may edit NetworkPolicies and RoleBindings, so without this a
 * learner could delete the metadata block or add an "allow all egress" policy. It refuses, to any
 * identity of the learner's own namespace (their service account and every pod's):
 * - updating or deleting an object the site manages (labelled managed-by the site);
 * - NetworkPolicy egress rules that do not name their peers, or that use ipBlock.
 * Namespace deletion runs as the namespace controller, which this policy never matches.
 */
import type { ClusterObject } from '@/server/cluster/types';
import { MANAGED_BY, MANAGED_BY_LABEL, createSharedLabels } from './labels';
import type { PolicyRule } from './pod-policy';

export const GUARD_POLICY_NAME = 'workshop-learner-guard';

const byOwnNamespace =
  "request.userInfo.username.startsWith('system:serviceaccount:' + request.namespace + ':')";

const oldIsManaged =
  `oldObject != null && has(oldObject.metadata.labels) && '${MANAGED_BY_LABEL}' in oldObject.metadata.labels && ` +
  `oldObject.metadata.labels['${MANAGED_BY_LABEL}'] == '${MANAGED_BY}'`;

const egressNamesPeers =
  "object == null || object.kind != 'NetworkPolicy' || !has(object.spec.egress) || " +
  'object.spec.egress.all(r, has(r.to) && size(r.to) > 0 && r.to.all(p, !has(p.ipBlock)))';

export const GUARD_POLICY_RULES: PolicyRule[] = [
  {
    id: 'managedObjects',
    expression: `!variables.byLearner || !(${oldIsManaged})`,
    message:
      'this object belongs to the workshop and keeps your workspace isolated; it cannot be changed or deleted from inside the workspace',
  },
  {
    id: 'egressPeers',
    expression: `!variables.byLearner || ${egressNamesPeers}`,
    message:
      'NetworkPolicy egress rules in the workshop must list their peers (spec.egress[*].to) and may not use ipBlock',
  },
];

export function buildGuardPolicy(): ClusterObject {
  return {
    apiVersion: 'admissionregistration.k8s.io/v1',
    kind: 'ValidatingAdmissionPolicy',
    metadata: { name: GUARD_POLICY_NAME, labels: createSharedLabels() },
    spec: {
      failurePolicy: 'Fail',
      matchConstraints: {
        resourceRules: [
          {
            apiGroups: ['networking.k8s.io'],
            apiVersions: ['v1'],
            operations: ['CREATE', 'UPDATE', 'DELETE'],
            resources: ['networkpolicies'],
          },
          {
            apiGroups: ['rbac.authorization.k8s.io'],
            apiVersions: ['v1'],
            operations: ['UPDATE', 'DELETE'],
            resources: ['rolebindings'],
          },
          {
            apiGroups: [''],
            apiVersions: ['v1'],
            operations: ['UPDATE', 'DELETE'],
            resources: ['serviceaccounts', 'configmaps', 'pods'],
          },
        ],
      },
      variables: [{ name: 'byLearner', expression: byOwnNamespace }],
      validations: GUARD_POLICY_RULES.map((r) => ({
        expression: r.expression,
        message: r.message,
        reason: 'Forbidden',
      })),
    },
  };
}
