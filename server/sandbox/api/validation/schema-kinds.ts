/**
 * Known fields of each kind the sandbox serves (see schema-core.ts for the notation), and the
 * root type of each kind.
 */
import { CORE_TYPES, type Struct } from './schema-core';

// prettier-ignore
const KIND_TYPES: Record<string, Struct> = {
  Namespace: { spec: 'NamespaceSpec', status: 'x' },
  NamespaceSpec: { finalizers: '[s]' },
  Pod: { spec: 'PodSpec', status: 'x' },
  Deployment: { spec: 'DeploymentSpec', status: 'x' },
  DeploymentSpec: {
    replicas: 'i', selector: 'LabelSelector', template: 'PodTemplateSpec',
    strategy: 'DeploymentStrategy', minReadySeconds: 'i', revisionHistoryLimit: 'i', paused: 'b',
    progressDeadlineSeconds: 'i',
  },
  DeploymentStrategy: { type: 's', rollingUpdate: 'RollingUpdateDeployment' },
  RollingUpdateDeployment: { maxUnavailable: 'ios', maxSurge: 'ios' },
  ReplicaSet: { spec: 'ReplicaSetSpec', status: 'x' },
  ReplicaSetSpec: {
    replicas: 'i', minReadySeconds: 'i', selector: 'LabelSelector', template: 'PodTemplateSpec',
  },
  Service: { spec: 'ServiceSpec', status: 'x' },
  ServiceSpec: {
    ports: '[ServicePort]@port', selector: 'm', clusterIP: 's', clusterIPs: '[s]', type: 's',
    externalIPs: '[s]', sessionAffinity: 's', loadBalancerIP: 's', loadBalancerSourceRanges: '[s]',
    externalName: 's', externalTrafficPolicy: 's', healthCheckNodePort: 'i',
    publishNotReadyAddresses: 'b', sessionAffinityConfig: 'x', ipFamilies: '[s]',
    ipFamilyPolicy: 's', allocateLoadBalancerNodePorts: 'b', loadBalancerClass: 's',
    internalTrafficPolicy: 's', trafficDistribution: 's',
  },
  ServicePort: {
    name: 's', protocol: 's', appProtocol: 's', port: 'i', targetPort: 'ios', nodePort: 'i',
  },
  ConfigMap: { data: 'm', binaryData: 'm', immutable: 'b' },
  Secret: { data: 'm', stringData: 'm', type: 's', immutable: 'b' },
  ServiceAccount: {
    secrets: '[ObjectReference]@name', imagePullSecrets: '[LocalObjectReference]@name',
    automountServiceAccountToken: 'b',
  },
  Role: { rules: '[PolicyRule]' },
  ClusterRole: { rules: '[PolicyRule]', aggregationRule: 'x' },
  PolicyRule: {
    verbs: '[s]', apiGroups: '[s]', resources: '[s]', resourceNames: '[s]', nonResourceURLs: '[s]',
  },
  RoleBinding: { subjects: '[Subject]', roleRef: 'RoleRef' },
  ClusterRoleBinding: { subjects: '[Subject]', roleRef: 'RoleRef' },
  Subject: { kind: 's', apiGroup: 's', name: 's', namespace: 's' },
  RoleRef: { apiGroup: 's', kind: 's', name: 's' },
  NetworkPolicy: { spec: 'NetworkPolicySpec', status: 'x' },
  NetworkPolicySpec: { podSelector: 'LabelSelector', ingress: 'x', egress: 'x', policyTypes: '[s]' },
  ResourceQuota: { spec: 'ResourceQuotaSpec', status: 'x' },
  ResourceQuotaSpec: { hard: '{q}', scopes: '[s]', scopeSelector: 'x' },
  LimitRange: { spec: 'LimitRangeSpec' },
  LimitRangeSpec: { limits: '[LimitRangeItem]' },
  LimitRangeItem: {
    type: 's', max: '{q}', min: '{q}', default: '{q}', defaultRequest: '{q}',
    maxLimitRequestRatio: '{q}',
  },
  Event: {
    involvedObject: 'ObjectReference', reason: 's', message: 's', source: 'x', firstTimestamp: 's',
    lastTimestamp: 's', count: 'i', type: 's', eventTime: 'x', series: 'x', action: 's',
    related: 'x', reportingComponent: 's', reportingInstance: 's',
  },
  ValidatingAdmissionPolicy: { spec: 'x', status: 'x' },
  ValidatingAdmissionPolicyBinding: { spec: 'x' },
};

export const TYPES: Record<string, Struct> = { ...CORE_TYPES, ...KIND_TYPES };

/** The fields every object has at its root, besides the kind's own. */
export const ROOT_FIELDS: Struct = { apiVersion: 's', kind: 's', metadata: 'ObjectMeta' };

/** Parses a field type of the notation into its parts. */
export function parseFieldType(
  t: string,
):
  | { list: true; item: string; mergeKey?: string }
  | { map: true; value: string }
  | { scalar: string }
  | { struct: string } {
  if (t.startsWith('[')) {
    const end = t.indexOf(']');
    const mergeKey = t.slice(end + 1).startsWith('@') ? t.slice(end + 2) : undefined;
    return { list: true, item: t.slice(1, end), ...(mergeKey ? { mergeKey } : {}) };
  }
  if (t.startsWith('{')) return { map: true, value: t.slice(1, -1) };
  if (t === 'm') return { map: true, value: 's' };
  if (TYPES[t]) return { struct: t };
  return { scalar: t };
}
