/**
 * Server-side printing (`Accept: application/json;as=Table`): the columns `kubectl get` shows
 * for each kind, with ages written the way the API server writes them.
 */
import type { KubeObject } from '../runtime/process';
import type { ResourceInfo } from '../store/resources';

type Column = {
  name: string;
  type?: string;
  format?: string;
  cell: (o: KubeObject, now: number) => unknown;
};
type Obj = Record<string, unknown>;
const at = (o: unknown, ...path: string[]): unknown =>
  path.reduce<unknown>(
    (cur, k) => (cur && typeof cur === 'object' ? (cur as Obj)[k] : undefined),
    o,
  );
const num = (v: unknown) => (typeof v === 'number' ? v : 0);

/** Go's duration.HumanDuration. */
export function humanDuration(seconds: number): string {
  if (seconds < -1) return '<invalid>';
  if (seconds < 0) return '0s';
  if (seconds < 120) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 10) return seconds % 60 === 0 ? `${minutes}m` : `${minutes}m${seconds % 60}s`;
  if (minutes < 180) return `${minutes}m`;
  const hours = Math.floor(minutes / 60);
  if (hours < 8) return minutes % 60 === 0 ? `${hours}h` : `${hours}h${minutes % 60}m`;
  if (hours < 48) return `${hours}h`;
  if (hours < 192)
    return hours % 24 === 0
      ? `${Math.floor(hours / 24)}d`
      : `${Math.floor(hours / 24)}d${hours % 24}h`;
  if (hours < 24 * 365 * 2) return `${Math.floor(hours / 24)}d`;
  return `${Math.floor(hours / 24 / 365)}y`;
}

function age(timestamp: unknown, now: number) {
  if (typeof timestamp !== 'string') return '<unknown>';
  return humanDuration(Math.floor((now - Date.parse(timestamp)) / 1000));
}

const NAME: Column = { name: 'Name', format: 'name', cell: (o) => o.metadata.name };
const AGE: Column = { name: 'Age', cell: (o, now) => age(o.metadata.creationTimestamp, now) };

function podStatus(o: KubeObject): string {
  if (o.metadata.deletionTimestamp) return 'Terminating';
  const statuses = (at(o, 'status', 'containerStatuses') ?? []) as Obj[];
  for (const s of statuses) {
    const waiting = at(s, 'state', 'waiting', 'reason');
    if (typeof waiting === 'string') return waiting;
  }
  return String(at(o, 'status', 'phase') ?? 'Pending');
}

const COLUMNS: Record<string, Column[]> = {
  Pod: [
    NAME,
    {
      name: 'Ready',
      cell: (o) => {
        const s = (at(o, 'status', 'containerStatuses') ?? []) as Obj[];
        const total = ((at(o, 'spec', 'containers') ?? []) as unknown[]).length;
        return `${s.filter((c) => c.ready).length}/${total}`;
      },
    },
    { name: 'Status', cell: podStatus },
    {
      name: 'Restarts',
      type: 'string',
      cell: (o) =>
        String(
          ((at(o, 'status', 'containerStatuses') ?? []) as Obj[]).reduce(
            (n, c) => n + num(c.restartCount),
            0,
          ),
        ),
    },
    AGE,
  ],
  Deployment: [
    NAME,
    {
      name: 'Ready',
      cell: (o) => `${num(at(o, 'status', 'readyReplicas'))}/${num(at(o, 'spec', 'replicas'))}`,
    },
    { name: 'Up-to-date', type: 'integer', cell: (o) => num(at(o, 'status', 'updatedReplicas')) },
    { name: 'Available', type: 'integer', cell: (o) => num(at(o, 'status', 'availableReplicas')) },
    AGE,
  ],
  ReplicaSet: [
    NAME,
    { name: 'Desired', type: 'integer', cell: (o) => num(at(o, 'spec', 'replicas')) },
    { name: 'Current', type: 'integer', cell: (o) => num(at(o, 'status', 'replicas')) },
    { name: 'Ready', type: 'integer', cell: (o) => num(at(o, 'status', 'readyReplicas')) },
    AGE,
  ],
  Namespace: [NAME, { name: 'Status', cell: (o) => String(at(o, 'status', 'phase') ?? '') }, AGE],
  Service: [
    NAME,
    { name: 'Type', cell: (o) => String(at(o, 'spec', 'type') ?? '') },
    { name: 'Cluster-IP', cell: (o) => String(at(o, 'spec', 'clusterIP') ?? '<none>') },
    { name: 'External-IP', cell: () => '<none>' },
    {
      name: 'Port(s)',
      cell: (o) =>
        ((at(o, 'spec', 'ports') ?? []) as Obj[])
          .map((p) => `${p.port}/${p.protocol ?? 'TCP'}`)
          .join(',') || '<none>',
    },
    AGE,
  ],
  Secret: [
    NAME,
    { name: 'Type', cell: (o) => String(o.type ?? '') },
    { name: 'Data', type: 'integer', cell: (o) => Object.keys((o.data ?? {}) as Obj).length },
    AGE,
  ],
  ConfigMap: [
    NAME,
    {
      name: 'Data',
      type: 'integer',
      cell: (o) =>
        Object.keys((o.data ?? {}) as Obj).length + Object.keys((o.binaryData ?? {}) as Obj).length,
    },
    AGE,
  ],
  ServiceAccount: [
    NAME,
    { name: 'Secrets', type: 'integer', cell: (o) => ((o.secrets ?? []) as unknown[]).length },
    AGE,
  ],
  Event: [
    {
      name: 'Last Seen',
      cell: (o, now) => age(o.lastTimestamp ?? o.metadata.creationTimestamp, now),
    },
    { name: 'Type', cell: (o) => String(o.type ?? '') },
    { name: 'Reason', cell: (o) => String(o.reason ?? '') },
    {
      name: 'Object',
      cell: (o) =>
        `${String(at(o, 'involvedObject', 'kind') ?? '').toLowerCase()}/${String(at(o, 'involvedObject', 'name') ?? '')}`,
    },
    { name: 'Message', cell: (o) => String(o.message ?? '') },
  ],
  RoleBinding: [
    NAME,
    {
      name: 'Role',
      cell: (o) => `${String(at(o, 'roleRef', 'kind'))}/${String(at(o, 'roleRef', 'name'))}`,
    },
    AGE,
  ],
  ClusterRoleBinding: [
    NAME,
    {
      name: 'Role',
      cell: (o) => `${String(at(o, 'roleRef', 'kind'))}/${String(at(o, 'roleRef', 'name'))}`,
    },
    AGE,
  ],
  ClusterRole: [
    NAME,
    { name: 'Created At', cell: (o) => String(o.metadata.creationTimestamp ?? '') },
  ],
  Role: [NAME, { name: 'Created At', cell: (o) => String(o.metadata.creationTimestamp ?? '') }],
};

export function wantsTable(accept: string | undefined): boolean {
  return !!accept && /as=Table/.test(accept.split(',')[0] ?? '');
}

function rowObject(o: KubeObject, include: string | null) {
  if (include === 'None') return undefined;
  if (include === 'Object') return o;
  return { kind: 'PartialObjectMetadata', apiVersion: 'meta.k8s.io/v1', metadata: o.metadata };
}

export function toTable(
  r: ResourceInfo,
  items: KubeObject[],
  resourceVersion: string,
  include: string | null,
  now = Date.now(),
) {
  const columns = COLUMNS[r.kind] ?? [NAME, AGE];
  return {
    kind: 'Table',
    apiVersion: 'meta.k8s.io/v1',
    metadata: { resourceVersion },
    columnDefinitions: columns.map((c) => ({
      name: c.name,
      type: c.type ?? 'string',
      format: c.format ?? '',
      description: '',
      priority: 0,
    })),
    rows: items.map((o) => ({
      cells: columns.map((c) => c.cell(o, now)),
      object: rowObject(o, include),
    })),
  };
}
