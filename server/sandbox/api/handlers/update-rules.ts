/**
 * Rules for replacing an object: the main resource cannot change status and the status
 * subresource cannot change anything else; some fields are immutable once set.
 */
import type { KubeObject } from '../../runtime/process';
import type { ResourceInfo } from '../../store/resources';
import { invalid } from '../../store/status-error';

export function mergeForSubresource(
  r: ResourceInfo,
  subresource: string | undefined,
  current: KubeObject,
  next: KubeObject,
): KubeObject {
  if (subresource === 'status') return { ...current, status: next.status };
  if (r.statusSubresource) {
    const out = { ...next };
    if (current.status === undefined) delete out.status;
    else out.status = current.status;
    return out;
  }
  return next;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

export function checkImmutable(r: ResourceInfo, current: KubeObject, next: KubeObject) {
  const causes: { field: string; message: string }[] = [];
  const spec = (o: KubeObject) => (o.spec ?? {}) as Record<string, unknown>;
  if (
    (r.kind === 'Deployment' || r.kind === 'ReplicaSet') &&
    !same(spec(current).selector, spec(next).selector)
  ) {
    causes.push({
      field: 'spec.selector',
      message: `Invalid value: ${JSON.stringify(spec(next).selector)}: field is immutable`,
    });
  }
  if (
    current.immutable === true &&
    (r.kind === 'ConfigMap' || r.kind === 'Secret') &&
    !same(current.data, next.data)
  ) {
    causes.push({
      field: 'data',
      message: 'Forbidden: field is immutable when `immutable` is set',
    });
  }
  if (r.kind === 'RoleBinding' || r.kind === 'ClusterRoleBinding') {
    if (!same(current.roleRef, next.roleRef)) {
      causes.push({
        field: 'roleRef',
        message: `Invalid value: ${JSON.stringify(next.roleRef)}: cannot change roleRef`,
      });
    }
  }
  if (causes.length) throw invalid(r.kind, r, current.metadata.name, causes);
}
