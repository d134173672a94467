/**
 * The kinds the YAML editor knows, as TypeScript types from `kubernetes-types`.
 * scripts/generate-k8s-schema.ts turns `WorkshopObject` into the JSON schema the editor uses.
 * Add a kind here (and regenerate) to give the editor completion and validation for it.
 */
import type { ClusterRole, ClusterRoleBinding, Role, RoleBinding } from 'kubernetes-types/rbac/v1';
import type { DaemonSet, Deployment, ReplicaSet, StatefulSet } from 'kubernetes-types/apps/v1';
import type { CronJob, Job } from 'kubernetes-types/batch/v1';
import type {
  ConfigMap,
  LimitRange,
  Namespace,
  Pod,
  ResourceQuota,
  Secret,
  Service,
  ServiceAccount,
} from 'kubernetes-types/core/v1';
import type { NetworkPolicy } from 'kubernetes-types/networking/v1';

type Typed<T, V extends string, K extends string> = Omit<T, 'apiVersion' | 'kind' | 'status'> & {
  apiVersion: V;
  kind: K;
};

export type WorkshopObject =
  | Typed<Namespace, 'v1', 'Namespace'>
  | Typed<Pod, 'v1', 'Pod'>
  | Typed<Service, 'v1', 'Service'>
  | Typed<ServiceAccount, 'v1', 'ServiceAccount'>
  | Typed<Secret, 'v1', 'Secret'>
  | Typed<ConfigMap, 'v1', 'ConfigMap'>
  | Typed<ResourceQuota, 'v1', 'ResourceQuota'>
  | Typed<LimitRange, 'v1', 'LimitRange'>
  | Typed<Deployment, 'apps/v1', 'Deployment'>
  | Typed<ReplicaSet, 'apps/v1', 'ReplicaSet'>
  | Typed<StatefulSet, 'apps/v1', 'StatefulSet'>
  | Typed<DaemonSet, 'apps/v1', 'DaemonSet'>
  | Typed<Job, 'batch/v1', 'Job'>
  | Typed<CronJob, 'batch/v1', 'CronJob'>
  | Typed<Role, 'rbac.authorization.k8s.io/v1', 'Role'>
  | Typed<ClusterRole, 'rbac.authorization.k8s.io/v1', 'ClusterRole'>
  | Typed<RoleBinding, 'rbac.authorization.k8s.io/v1', 'RoleBinding'>
  | Typed<ClusterRoleBinding, 'rbac.authorization.k8s.io/v1', 'ClusterRoleBinding'>
  | Typed<NetworkPolicy, 'networking.k8s.io/v1', 'NetworkPolicy'>;
