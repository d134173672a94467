/**
 * Known fields of the core shapes (metadata, pod spec, containers), in a compact notation shared by
 * strict field validation and strategic merge patch:
 *   s string · i integer · b boolean · q quantity (string or number) · ios int-or-string ·
 *   x anything (not checked deeper) · m map of strings · Name a struct below ·
 *   [T] list · [T]@key list merged by key (strategic merge patch) · {T} map of T.
 */

export type Struct = Record<string, string>;

// prettier-ignore
const VOLUME_SOURCES = [
  'hostPath', 'emptyDir', 'gcePersistentDisk', 'awsElasticBlockStore', 'gitRepo', 'secret', 'nfs',
  'iscsi', 'glusterfs', 'persistentVolumeClaim', 'rbd', 'flexVolume', 'cinder', 'cephfs', 'flocker',
  'downwardAPI', 'fc', 'azureFile', 'configMap', 'vsphereVolume', 'quobyte', 'azureDisk',
  'photonPersistentDisk', 'projected', 'portworxVolume', 'scaleIO', 'storageos', 'csi', 'ephemeral',
  'image',
];

// prettier-ignore
export const CORE_TYPES: Record<string, Struct> = {
  ObjectMeta: {
    name: 's', generateName: 's', namespace: 's', selfLink: 's', uid: 's', resourceVersion: 's',
    generation: 'i', creationTimestamp: 's', deletionTimestamp: 's', deletionGracePeriodSeconds: 'i',
    labels: 'm', annotations: 'm', ownerReferences: '[OwnerReference]@uid', finalizers: '[s]',
    managedFields: 'x',
  },
  OwnerReference: {
    apiVersion: 's', kind: 's', name: 's', uid: 's', controller: 'b', blockOwnerDeletion: 'b',
  },
  ObjectReference: {
    kind: 's', namespace: 's', name: 's', uid: 's', apiVersion: 's', resourceVersion: 's',
    fieldPath: 's',
  },
  LocalObjectReference: { name: 's' },
  LabelSelector: { matchLabels: 'm', matchExpressions: '[LabelSelectorRequirement]' },
  LabelSelectorRequirement: { key: 's', operator: 's', values: '[s]' },
  PodTemplateSpec: { metadata: 'ObjectMeta', spec: 'PodSpec' },
  PodSpec: {
    volumes: '[Volume]@name', initContainers: '[Container]@name', containers: '[Container]@name',
    ephemeralContainers: 'x', restartPolicy: 's', terminationGracePeriodSeconds: 'i',
    activeDeadlineSeconds: 'i', dnsPolicy: 's', nodeSelector: 'm', serviceAccountName: 's',
    serviceAccount: 's', automountServiceAccountToken: 'b', nodeName: 's', hostNetwork: 'b',
    hostPID: 'b', hostIPC: 'b', shareProcessNamespace: 'b', securityContext: 'PodSecurityContext',
    imagePullSecrets: '[LocalObjectReference]@name', hostname: 's', subdomain: 's', affinity: 'x',
    schedulerName: 's', tolerations: 'x', hostAliases: 'x', priorityClassName: 's', priority: 'i',
    dnsConfig: 'x', readinessGates: 'x', runtimeClassName: 's', enableServiceLinks: 'b',
    preemptionPolicy: 's', overhead: 'x', topologySpreadConstraints: 'x', setHostnameAsFQDN: 'b',
    os: 'x', hostUsers: 'b', schedulingGates: 'x', resourceClaims: 'x', resources: 'x',
  },
  Container: {
    name: 's', image: 's', command: '[s]', args: '[s]', workingDir: 's',
    ports: '[ContainerPort]@containerPort', envFrom: 'x', env: '[EnvVar]@name', resources: 'x',
    resizePolicy: 'x', restartPolicy: 's', volumeMounts: '[VolumeMount]@mountPath',
    volumeDevices: 'x', livenessProbe: 'x', readinessProbe: 'x', startupProbe: 'x', lifecycle: 'x',
    terminationMessagePath: 's', terminationMessagePolicy: 's', imagePullPolicy: 's',
    securityContext: 'SecurityContext', stdin: 'b', stdinOnce: 'b', tty: 'b',
  },
  ContainerPort: { name: 's', hostPort: 'i', containerPort: 'i', protocol: 's', hostIP: 's' },
  EnvVar: { name: 's', value: 's', valueFrom: 'x' },
  VolumeMount: {
    name: 's', readOnly: 'b', recursiveReadOnly: 's', mountPath: 's', subPath: 's',
    mountPropagation: 's', subPathExpr: 's',
  },
  SecurityContext: {
    capabilities: 'Capabilities', privileged: 'b', seLinuxOptions: 'x', windowsOptions: 'x',
    runAsUser: 'i', runAsGroup: 'i', runAsNonRoot: 'b', readOnlyRootFilesystem: 'b',
    allowPrivilegeEscalation: 'b', procMount: 's', seccompProfile: 'x', appArmorProfile: 'x',
  },
  Capabilities: { add: '[s]', drop: '[s]' },
  PodSecurityContext: {
    seLinuxOptions: 'x', windowsOptions: 'x', runAsUser: 'i', runAsGroup: 'i', runAsNonRoot: 'b',
    supplementalGroups: '[i]', supplementalGroupsPolicy: 's', fsGroup: 'i', sysctls: 'x',
    fsGroupChangePolicy: 's', seccompProfile: 'x', appArmorProfile: 'x', seLinuxChangePolicy: 's',
  },
  Volume: { name: 's', ...Object.fromEntries(VOLUME_SOURCES.map((v) => [v, 'x'])) },
};
