/**
 * Defaulting, as the API server does before storing: the fields a real cluster fills in (pod
 * policies, Deployment strategy, Service cluster IP …), so `kubectl get -o yaml` looks familiar
 * and the controllers can rely on them.
 */
import type { KubeObject } from '../runtime/process';

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : {};

function setDefault(target: Obj, key: string, value: unknown) {
  if (target[key] === undefined || target[key] === null) target[key] = value;
}

/** Always when the tag is `latest` or missing, IfNotPresent otherwise (the kubelet's rule). */
export function defaultPullPolicy(image: string): string {
  const last = image.split('/').at(-1) ?? image;
  if (last.includes('@')) return 'IfNotPresent';
  const tag = last.includes(':') ? last.split(':').at(-1) : undefined;
  return !tag || tag === 'latest' ? 'Always' : 'IfNotPresent';
}

function defaultContainer(c: Obj) {
  setDefault(c, 'terminationMessagePath', '/dev/termination-log');
  setDefault(c, 'terminationMessagePolicy', 'File');
  setDefault(c, 'imagePullPolicy', defaultPullPolicy(String(c.image ?? '')));
  setDefault(c, 'resources', {});
  for (const port of Array.isArray(c.ports) ? (c.ports as Obj[]) : [])
    setDefault(port, 'protocol', 'TCP');
}

export function defaultPodSpec(spec: Obj) {
  setDefault(spec, 'restartPolicy', 'Always');
  setDefault(spec, 'terminationGracePeriodSeconds', 30);
  setDefault(spec, 'dnsPolicy', 'ClusterFirst');
  setDefault(spec, 'securityContext', {});
  setDefault(spec, 'schedulerName', 'default-scheduler');
  if (spec.serviceAccount && !spec.serviceAccountName)
    spec.serviceAccountName = spec.serviceAccount;
  for (const list of [spec.initContainers, spec.containers]) {
    for (const c of Array.isArray(list) ? (list as Obj[]) : []) defaultContainer(c);
  }
}

function defaultWorkload(o: KubeObject, deployment: boolean) {
  const spec = obj(o.spec);
  o.spec = spec;
  setDefault(spec, 'replicas', 1);
  const template = obj(spec.template);
  spec.template = template;
  template.spec = obj(template.spec);
  defaultPodSpec(template.spec as Obj);
  if (deployment) {
    setDefault(spec, 'revisionHistoryLimit', 10);
    setDefault(spec, 'progressDeadlineSeconds', 600);
    setDefault(spec, 'strategy', { type: 'RollingUpdate' });
    const strategy = obj(spec.strategy);
    if (strategy.type === 'RollingUpdate') {
      const ru = obj(strategy.rollingUpdate);
      setDefault(ru, 'maxUnavailable', '25%');
      setDefault(ru, 'maxSurge', '25%');
      strategy.rollingUpdate = ru;
    }
  }
}

let nextServiceIp = 1;

function defaultService(o: KubeObject) {
  const spec = obj(o.spec);
  o.spec = spec;
  setDefault(spec, 'type', 'ClusterIP');
  setDefault(spec, 'sessionAffinity', 'None');
  if (spec.type !== 'ExternalName') {
    const ip = `10.96.${Math.floor(nextServiceIp / 250)}.${(nextServiceIp % 250) + 2}`;
    nextServiceIp += 1;
    setDefault(spec, 'clusterIP', ip);
    setDefault(spec, 'clusterIPs', [spec.clusterIP]);
    setDefault(spec, 'ipFamilies', ['IPv4']);
    setDefault(spec, 'ipFamilyPolicy', 'SingleStack');
    setDefault(spec, 'internalTrafficPolicy', 'Cluster');
  }
  for (const port of Array.isArray(spec.ports) ? (spec.ports as Obj[]) : []) {
    setDefault(port, 'protocol', 'TCP');
    setDefault(port, 'targetPort', port.port);
  }
}

/** Fills in defaults on a new or replaced object (in place). */
export function applyDefaults(o: KubeObject): void {
  switch (o.kind) {
    case 'Namespace': {
      o.metadata.labels = { ...o.metadata.labels, 'kubernetes.io/metadata.name': o.metadata.name };
      o.spec = { finalizers: ['kubernetes'] };
      // Status belongs to the server: kept on updates, Active for a new namespace.
      if (!(o.status as { phase?: string } | undefined)?.phase) o.status = { phase: 'Active' };
      break;
    }
    case 'Pod': {
      const spec = obj(o.spec);
      o.spec = spec;
      defaultPodSpec(spec);
      setDefault(spec, 'serviceAccountName', 'default');
      setDefault(spec, 'serviceAccount', spec.serviceAccountName);
      setDefault(spec, 'enableServiceLinks', true);
      setDefault(spec, 'priority', 0);
      setDefault(spec, 'preemptionPolicy', 'PreemptLowerPriority');
      break;
    }
    case 'Deployment':
      defaultWorkload(o, true);
      break;
    case 'ReplicaSet':
      defaultWorkload(o, false);
      break;
    case 'Service':
      defaultService(o);
      break;
    case 'Secret':
      setDefault(o, 'type', 'Opaque');
      break;
    case 'RoleBinding':
    case 'ClusterRoleBinding': {
      const roleRef = obj(o.roleRef);
      if (!roleRef.apiGroup) roleRef.apiGroup = 'rbac.authorization.k8s.io';
      o.roleRef = roleRef;
      for (const s of Array.isArray(o.subjects) ? (o.subjects as Obj[]) : []) {
        if (s.apiGroup === undefined || s.apiGroup === '') {
          s.apiGroup = s.kind === 'ServiceAccount' ? '' : 'rbac.authorization.k8s.io';
        }
        if (s.kind === 'ServiceAccount' && s.apiGroup === '') delete s.apiGroup;
      }
      break;
    }
  }
}
