/**
 * A ValidatingAdmissionPolicy that fences the site itself. RBAC cannot say "only in namespaces
 * with this label", so the site's cluster-wide write rights are narrowed here: as the site's
 * service account, every write and exec must land in a learner namespace, and the only namespaces
 * it may create or delete are learner namespaces. The site is given no right to change this policy.
 */
import type { ClusterObject } from '@/server/cluster/types';
import {
  LEARNER_LABEL,
  MANAGED_BY,
  MANAGED_BY_LABEL,
  NAMESPACE_PREFIX,
  createSharedLabels,
} from './labels';
import type { PolicyRule } from './pod-policy';
import { formatServiceAccountUser, type ServiceAccountRef } from './site-access';

export const SITE_SCOPE_POLICY_NAME = 'workshop-site-scope';

function isLearnerNamespace(ref: string): string {
  return (
    `${ref} != null && ${ref}.metadata.name.startsWith('${NAMESPACE_PREFIX}') && ` +
    `has(${ref}.metadata.labels) && '${LEARNER_LABEL}' in ${ref}.metadata.labels && ` +
    `'${MANAGED_BY_LABEL}' in ${ref}.metadata.labels && ${ref}.metadata.labels['${MANAGED_BY_LABEL}'] == '${MANAGED_BY}'`
  );
}

export const SITE_SCOPE_RULES: PolicyRule[] = [
  {
    id: 'learnerNamespacesOnly',
    expression:
      '!variables.bySite || ' +
      "(request.resource.resource == 'namespaces' ? " +
      `(request.operation == 'DELETE' ? ${isLearnerNamespace('oldObject')} : ${isLearnerNamespace('object')}) : ` +
      `${isLearnerNamespace('namespaceObject')})`,
    message:
      'the workshop site may only act in learner namespaces (named learner-…, labelled as managed by the workshop)',
  },
];

export function buildSiteScopePolicy(site: ServiceAccountRef): ClusterObject {
  return {
    apiVersion: 'admissionregistration.k8s.io/v1',
    kind: 'ValidatingAdmissionPolicy',
    metadata: { name: SITE_SCOPE_POLICY_NAME, labels: createSharedLabels() },
    spec: {
      failurePolicy: 'Fail',
      matchConstraints: {
        resourceRules: [
          {
            apiGroups: [''],
            apiVersions: ['v1'],
            operations: ['CREATE', 'UPDATE', 'DELETE', 'CONNECT'],
            resources: [
              'namespaces',
              'serviceaccounts',
              'configmaps',
              'secrets',
              'resourcequotas',
              'limitranges',
              'pods',
              'pods/exec',
            ],
          },
          {
            apiGroups: ['rbac.authorization.k8s.io'],
            apiVersions: ['v1'],
            operations: ['CREATE', 'UPDATE', 'DELETE'],
            resources: ['roles', 'rolebindings'],
          },
          {
            apiGroups: ['networking.k8s.io'],
            apiVersions: ['v1'],
            operations: ['CREATE', 'UPDATE', 'DELETE'],
            resources: ['networkpolicies'],
          },
        ],
      },
      variables: [
        {
          name: 'bySite',
          expression: `request.userInfo.username == '${formatServiceAccountUser(site)}'`,
        },
      ],
      validations: SITE_SCOPE_RULES.map((r) => ({
        expression: r.expression,
        message: r.message,
        reason: 'Forbidden',
      })),
    },
  };
}

/** Binds the site-scope policy everywhere: it must also see namespaces that are not learners'. */
export function buildSiteScopeBinding(): ClusterObject {
  return {
    apiVersion: 'admissionregistration.k8s.io/v1',
    kind: 'ValidatingAdmissionPolicyBinding',
    metadata: { name: SITE_SCOPE_POLICY_NAME, labels: createSharedLabels() },
    spec: { policyName: SITE_SCOPE_POLICY_NAME, validationActions: ['Deny'] },
  };
}
