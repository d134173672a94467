/**
 * The ValidatingAdmissionPolicy that enforces what Pod Security `baseline` would, minus the two
 * capabilities the lab is about: learners may add NET_ADMIN and NET_RAW, and nothing else; no
 * privileged containers, host namespaces, hostPath volumes or host ports. It checks pods and the
 * pod templates of workloads, so a bad Deployment is refused at once rather than failing quietly
 * in its ReplicaSet. The CEL is built from small pieces so each rule stays readable and testable.
 */
import type { ClusterObject } from '@/server/cluster/types';
import { LEARNER_LABEL, MANAGED_BY, MANAGED_BY_LABEL, createSharedLabels } from './labels';

export const POD_POLICY_NAME = 'workshop-learner-pods';
/** Capabilities a learner may add: the ones the cFOS lab teaches. */
export const ALLOWED_CAPABILITIES = ['NET_ADMIN', 'NET_RAW'] as const;
export const CONTAINER_LISTS = ['containers', 'initContainers', 'ephemeralContainers'] as const;

/** `pred` (over container `c`) holds for every container of every list, absent lists allowed. */
export function formatEveryContainer(pred: string): string {
  return CONTAINER_LISTS.map(
    (list) => `(!has(variables.spec.${list}) || variables.spec.${list}.all(c, ${pred}))`,
  ).join(' && ');
}

const notPrivileged =
  '!has(c.securityContext) || !has(c.securityContext.privileged) || c.securityContext.privileged == false';

const onlyAllowedCapabilities =
  '!has(c.securityContext) || !has(c.securityContext.capabilities) || ' +
  '!has(c.securityContext.capabilities.add) || ' +
  `c.securityContext.capabilities.add.all(cap, cap in [${ALLOWED_CAPABILITIES.map((x) => `'${x}'`).join(', ')}])`;

const noHostPort = '!has(c.ports) || c.ports.all(p, !has(p.hostPort) || p.hostPort == 0)';

const hostNamespaceFields = ['hostNetwork', 'hostPID', 'hostIPC'] as const;

export type PolicyRule = { id: string; expression: string; message: string };

/** One entry per refused setting, in the order the admission answer lists them. */
export const POD_POLICY_RULES: PolicyRule[] = [
  {
    id: 'privileged',
    expression: formatEveryContainer(notPrivileged),
    message:
      'privileged containers are not allowed in the workshop (containers must not set securityContext.privileged=true)',
  },
  {
    id: 'hostNamespaces',
    expression: hostNamespaceFields
      .map((f) => `(!has(variables.spec.${f}) || variables.spec.${f} == false)`)
      .join(' && '),
    message:
      'host namespaces are not allowed in the workshop (hostNetwork, hostPID and hostIPC must be unset or false)',
  },
  {
    id: 'hostPathVolumes',
    expression: '!has(variables.spec.volumes) || variables.spec.volumes.all(v, !has(v.hostPath))',
    message:
      'hostPath volumes are not allowed in the workshop (use emptyDir, configMap or secret volumes)',
  },
  {
    id: 'hostPorts',
    expression: formatEveryContainer(noHostPort),
    message: 'host ports are not allowed in the workshop (ports[*].hostPort must be unset or 0)',
  },
  {
    id: 'capabilities',
    expression: formatEveryContainer(onlyAllowedCapabilities),
    message: `non-default capabilities are not allowed in the workshop except ${ALLOWED_CAPABILITIES.join(' and ')} (securityContext.capabilities.add)`,
  },
];

/** Finds the pod spec whatever the kind: a Pod, a workload's template, or a CronJob's job template. */
const podSpecExpression =
  "object.kind == 'Pod' ? object.spec : " +
  "(object.kind == 'CronJob' ? object.spec.jobTemplate.spec.template.spec : object.spec.template.spec)";

export function buildPodPolicy(): ClusterObject {
  return {
    apiVersion: 'admissionregistration.k8s.io/v1',
    kind: 'ValidatingAdmissionPolicy',
    metadata: { name: POD_POLICY_NAME, labels: createSharedLabels() },
    spec: {
      failurePolicy: 'Fail',
      matchConstraints: {
        resourceRules: [
          {
            apiGroups: [''],
            apiVersions: ['v1'],
            operations: ['CREATE', 'UPDATE'],
            // `kubectl debug` adds ephemeral containers through this subresource.
            resources: ['pods', 'pods/ephemeralcontainers'],
          },
          {
            apiGroups: ['apps'],
            apiVersions: ['v1'],
            operations: ['CREATE', 'UPDATE'],
            resources: ['deployments', 'replicasets', 'statefulsets', 'daemonsets'],
          },
          {
            apiGroups: ['batch'],
            apiVersions: ['v1'],
            operations: ['CREATE', 'UPDATE'],
            resources: ['jobs', 'cronjobs'],
          },
        ],
      },
      variables: [{ name: 'spec', expression: podSpecExpression }],
      validations: POD_POLICY_RULES.map((r) => ({
        expression: r.expression,
        message: r.message,
        reason: 'Forbidden',
      })),
    },
  };
}

/** Applies the policy in learner namespaces only (selected by the labels the site sets). */
export function buildPolicyBinding(policyName: string): ClusterObject {
  return {
    apiVersion: 'admissionregistration.k8s.io/v1',
    kind: 'ValidatingAdmissionPolicyBinding',
    metadata: { name: policyName, labels: createSharedLabels() },
    spec: {
      policyName,
      validationActions: ['Deny'],
      matchResources: {
        namespaceSelector: {
          matchLabels: { [MANAGED_BY_LABEL]: MANAGED_BY },
          matchExpressions: [{ key: LEARNER_LABEL, operator: 'Exists' }],
        },
      },
    },
  };
}
