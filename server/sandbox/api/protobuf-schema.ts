/**
 * Field numbers of the Kubernetes protobuf messages that `kubectl create <kind>` (1.32+) sends,
 * as `number: [jsonName, type]`. Types: s string · i integer · b bool (i* / b*: pointer fields, kept
 * when zero; plain ones are dropped when zero, as JSON's omitempty does) · y bytes (base64)
 * · q Quantity · ios IntOrString · t Time · [T] repeated · {T} map<string, T> · Name a message.
 * Fields the generators never set are left out; unknown fields are skipped when decoding.
 */

export type ProtoMessage = Record<number, [string, string]>;

// prettier-ignore
export const PROTO_TYPES: Record<string, ProtoMessage> = {
  ObjectMeta: {
    1: ['name', 's'], 2: ['generateName', 's'], 3: ['namespace', 's'], 5: ['uid', 's'],
    6: ['resourceVersion', 's'], 7: ['generation', 'i'], 11: ['labels', '{s}'],
    12: ['annotations', '{s}'], 13: ['ownerReferences', '[OwnerReference]'], 14: ['finalizers', '[s]'],
  },
  OwnerReference: {
    1: ['kind', 's'], 3: ['name', 's'], 4: ['uid', 's'], 5: ['apiVersion', 's'], 6: ['controller', 'b*'],
    7: ['blockOwnerDeletion', 'b*'],
  },
  LabelSelector: { 1: ['matchLabels', '{s}'], 2: ['matchExpressions', '[LabelSelectorRequirement]'] },
  LabelSelectorRequirement: { 1: ['key', 's'], 2: ['operator', 's'], 3: ['values', '[s]'] },
  Namespace: { 1: ['metadata', 'ObjectMeta'], 2: ['spec', 'NamespaceSpec'] },
  NamespaceSpec: { 1: ['finalizers', '[s]'] },
  ConfigMap: { 1: ['metadata', 'ObjectMeta'], 2: ['data', '{s}'], 3: ['binaryData', '{y}'], 4: ['immutable', 'b*'] },
  Secret: {
    1: ['metadata', 'ObjectMeta'], 2: ['data', '{y}'], 3: ['type', 's'], 4: ['stringData', '{s}'],
    5: ['immutable', 'b*'],
  },
  ServiceAccount: {
    1: ['metadata', 'ObjectMeta'], 2: ['secrets', '[ObjectReference]'],
    3: ['imagePullSecrets', '[LocalObjectReference]'], 4: ['automountServiceAccountToken', 'b*'],
  },
  ObjectReference: {
    1: ['kind', 's'], 2: ['namespace', 's'], 3: ['name', 's'], 4: ['uid', 's'], 5: ['apiVersion', 's'],
    6: ['resourceVersion', 's'], 7: ['fieldPath', 's'],
  },
  LocalObjectReference: { 1: ['name', 's'] },
  Service: { 1: ['metadata', 'ObjectMeta'], 2: ['spec', 'ServiceSpec'] },
  ServiceSpec: {
    1: ['ports', '[ServicePort]'], 2: ['selector', '{s}'], 3: ['clusterIP', 's'], 4: ['type', 's'],
    5: ['externalIPs', '[s]'], 7: ['sessionAffinity', 's'], 10: ['externalName', 's'],
  },
  ServicePort: {
    1: ['name', 's'], 2: ['protocol', 's'], 3: ['port', 'i'], 4: ['targetPort', 'ios'], 5: ['nodePort', 'i'],
    6: ['appProtocol', 's'],
  },
  ResourceQuota: { 1: ['metadata', 'ObjectMeta'], 2: ['spec', 'ResourceQuotaSpec'] },
  ResourceQuotaSpec: { 1: ['hard', '{q}'], 2: ['scopes', '[s]'] },
  Deployment: { 1: ['metadata', 'ObjectMeta'], 2: ['spec', 'DeploymentSpec'] },
  DeploymentSpec: {
    1: ['replicas', 'i*'], 2: ['selector', 'LabelSelector'], 3: ['template', 'PodTemplateSpec'],
    4: ['strategy', 'DeploymentStrategy'], 5: ['minReadySeconds', 'i'], 6: ['revisionHistoryLimit', 'i*'],
    7: ['paused', 'b'], 9: ['progressDeadlineSeconds', 'i*'],
  },
  DeploymentStrategy: { 1: ['type', 's'], 2: ['rollingUpdate', 'RollingUpdateDeployment'] },
  RollingUpdateDeployment: { 1: ['maxUnavailable', 'ios'], 2: ['maxSurge', 'ios'] },
  PodTemplateSpec: { 1: ['metadata', 'ObjectMeta'], 2: ['spec', 'PodSpec'] },
  Pod: { 1: ['metadata', 'ObjectMeta'], 2: ['spec', 'PodSpec'] },
  PodSpec: {
    2: ['containers', '[Container]'], 3: ['restartPolicy', 's'], 4: ['terminationGracePeriodSeconds', 'i*'],
    6: ['dnsPolicy', 's'], 7: ['nodeSelector', '{s}'], 8: ['serviceAccountName', 's'],
    9: ['serviceAccount', 's'], 15: ['imagePullSecrets', '[LocalObjectReference]'],
    20: ['initContainers', '[Container]'],
  },
  Container: {
    1: ['name', 's'], 2: ['image', 's'], 3: ['command', '[s]'], 4: ['args', '[s]'], 5: ['workingDir', 's'],
    6: ['ports', '[ContainerPort]'], 7: ['env', '[EnvVar]'], 8: ['resources', 'ResourceRequirements'],
    13: ['terminationMessagePath', 's'], 14: ['imagePullPolicy', 's'], 16: ['stdin', 'b'],
    17: ['stdinOnce', 'b'], 18: ['tty', 'b'], 20: ['terminationMessagePolicy', 's'],
  },
  ContainerPort: { 1: ['name', 's'], 2: ['hostPort', 'i'], 3: ['containerPort', 'i'], 4: ['protocol', 's'], 5: ['hostIP', 's'] },
  EnvVar: { 1: ['name', 's'], 2: ['value', 's'] },
  ResourceRequirements: { 1: ['limits', '{q}'], 2: ['requests', '{q}'] },
  Role: { 1: ['metadata', 'ObjectMeta'], 2: ['rules', '[PolicyRule]'] },
  ClusterRole: { 1: ['metadata', 'ObjectMeta'], 2: ['rules', '[PolicyRule]'], 3: ['aggregationRule', 'AggregationRule'] },
  AggregationRule: { 1: ['clusterRoleSelectors', '[LabelSelector]'] },
  PolicyRule: {
    1: ['verbs', '[s]'], 2: ['apiGroups', '[s]'], 3: ['resources', '[s]'], 4: ['resourceNames', '[s]'],
    5: ['nonResourceURLs', '[s]'],
  },
  RoleBinding: { 1: ['metadata', 'ObjectMeta'], 2: ['subjects', '[Subject]'], 3: ['roleRef', 'RoleRef'] },
  ClusterRoleBinding: { 1: ['metadata', 'ObjectMeta'], 2: ['subjects', '[Subject]'], 3: ['roleRef', 'RoleRef'] },
  Subject: { 1: ['kind', 's'], 2: ['apiGroup', 's'], 3: ['name', 's'], 4: ['namespace', 's'] },
  RoleRef: { 1: ['apiGroup', 's'], 2: ['kind', 's'], 3: ['name', 's'] },
  SelfSubjectAccessReview: { 1: ['metadata', 'ObjectMeta'], 2: ['spec', 'SelfSubjectAccessReviewSpec'] },
  SelfSubjectAccessReviewSpec: { 1: ['resourceAttributes', 'ResourceAttributes'], 2: ['nonResourceAttributes', 'NonResourceAttributes'] },
  ResourceAttributes: {
    1: ['namespace', 's'], 2: ['verb', 's'], 3: ['group', 's'], 4: ['version', 's'], 5: ['resource', 's'],
    6: ['subresource', 's'], 7: ['name', 's'],
  },
  NonResourceAttributes: { 1: ['path', 's'], 2: ['verb', 's'] },
  SelfSubjectReview: { 1: ['metadata', 'ObjectMeta'] },
  TokenRequest: { 1: ['metadata', 'ObjectMeta'], 2: ['spec', 'TokenRequestSpec'] },
  TokenRequestSpec: { 1: ['audiences', '[s]'], 4: ['expirationSeconds', 'i*'] },
};

/** Which message a `apiVersion/kind` body holds. */
export const PROTO_KINDS: Record<string, string> = {
  'v1/Namespace': 'Namespace',
  'v1/ConfigMap': 'ConfigMap',
  'v1/Secret': 'Secret',
  'v1/ServiceAccount': 'ServiceAccount',
  'v1/Service': 'Service',
  'v1/ResourceQuota': 'ResourceQuota',
  'v1/Pod': 'Pod',
  'apps/v1/Deployment': 'Deployment',
  'rbac.authorization.k8s.io/v1/Role': 'Role',
  'rbac.authorization.k8s.io/v1/ClusterRole': 'ClusterRole',
  'rbac.authorization.k8s.io/v1/RoleBinding': 'RoleBinding',
  'rbac.authorization.k8s.io/v1/ClusterRoleBinding': 'ClusterRoleBinding',
  'authorization.k8s.io/v1/SelfSubjectAccessReview': 'SelfSubjectAccessReview',
  'authentication.k8s.io/v1/SelfSubjectReview': 'SelfSubjectReview',
  'authentication.k8s.io/v1/TokenRequest': 'TokenRequest',
};
