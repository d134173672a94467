/**
 * Client-side table columns per kind, as kubectl's built-in printers define them. Used when the
 * server answers without a Table (or for watch events it cannot print).
 */
import type { ClusterObject } from '@/server/cluster/types';
import { formatAge } from './age';

export type Column = { name: string; wide?: boolean; cell: (o: Obj, now: number) => string };
type Obj = ClusterObject & Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const name: Column = { name: 'Name', cell: (o) => o.metadata?.name ?? '' };
const age: Column = {
  name: 'Age',
  cell: (o, now) => formatAge(o.metadata?.creationTimestamp, now),
};
const num = (v: unknown) => String(typeof v === 'number' ? v : 0);

function podStatus(pod: Obj): string {
  if (pod.metadata?.deletionTimestamp) return 'Terminating';
  const statuses: Obj[] = pod.status?.containerStatuses ?? [];
  let reason: string = pod.status?.reason || pod.status?.phase || 'Unknown';
  for (const s of statuses) {
    const waiting = s.state?.waiting?.reason;
    const terminated = s.state?.terminated?.reason;
    if (waiting && waiting !== 'ContainerCreating') reason = waiting;
    else if (waiting) reason = 'ContainerCreating';
    else if (terminated) reason = terminated;
  }
  return reason;
}

function podRestarts(pod: Obj): string {
  const statuses: Obj[] = pod.status?.containerStatuses ?? [];
  return String(statuses.reduce((sum, s) => sum + (s.restartCount ?? 0), 0));
}

function formatPorts(service: Obj): string {
  const ports: Obj[] = service.spec?.ports ?? [];
  if (ports.length === 0) return '<none>';
  return ports
    .map((p) => `${p.port}${p.nodePort ? `:${p.nodePort}` : ''}/${p.protocol ?? 'TCP'}`)
    .join(',');
}

function formatSelector(selector: Record<string, string> | undefined): string {
  const entries = Object.entries(selector ?? {});
  return entries.length ? entries.map(([k, v]) => `${k}=${v}`).join(',') : '<none>';
}

const byResource: Record<string, Column[]> = {
  pods: [
    name,
    {
      name: 'Ready',
      cell: (o) => {
        const total = (o.spec?.containers ?? []).length;
        const ready = ((o.status?.containerStatuses ?? []) as Obj[]).filter((s) => s.ready).length;
        return `${ready}/${total}`;
      },
    },
    { name: 'Status', cell: podStatus },
    { name: 'Restarts', cell: podRestarts },
    age,
    { name: 'IP', wide: true, cell: (o) => o.status?.podIP || '<none>' },
    { name: 'Node', wide: true, cell: (o) => o.spec?.nodeName || '<none>' },
    { name: 'Nominated Node', wide: true, cell: (o) => o.status?.nominatedNodeName || '<none>' },
    { name: 'Readiness Gates', wide: true, cell: () => '<none>' },
  ],
  deployments: [
    name,
    { name: 'Ready', cell: (o) => `${num(o.status?.readyReplicas)}/${num(o.spec?.replicas ?? 1)}` },
    { name: 'Up-to-date', cell: (o) => num(o.status?.updatedReplicas) },
    { name: 'Available', cell: (o) => num(o.status?.availableReplicas) },
    age,
    {
      name: 'Containers',
      wide: true,
      cell: (o) => (o.spec?.template?.spec?.containers ?? []).map((c: Obj) => c.name).join(','),
    },
    {
      name: 'Images',
      wide: true,
      cell: (o) => (o.spec?.template?.spec?.containers ?? []).map((c: Obj) => c.image).join(','),
    },
    { name: 'Selector', wide: true, cell: (o) => formatSelector(o.spec?.selector?.matchLabels) },
  ],
  replicasets: [
    name,
    { name: 'Desired', cell: (o) => num(o.spec?.replicas ?? 1) },
    { name: 'Current', cell: (o) => num(o.status?.replicas) },
    { name: 'Ready', cell: (o) => num(o.status?.readyReplicas) },
    age,
  ],
  namespaces: [name, { name: 'Status', cell: (o) => o.status?.phase ?? 'Active' }, age],
  serviceaccounts: [name, { name: 'Secrets', cell: (o) => String((o.secrets ?? []).length) }, age],
  secrets: [
    name,
    { name: 'Type', cell: (o) => o.type ?? 'Opaque' },
    { name: 'Data', cell: (o) => String(Object.keys(o.data ?? {}).length) },
    age,
  ],
  configmaps: [
    name,
    {
      name: 'Data',
      cell: (o) =>
        String(Object.keys(o.data ?? {}).length + Object.keys(o.binaryData ?? {}).length),
    },
    age,
  ],
  services: [
    name,
    { name: 'Type', cell: (o) => o.spec?.type ?? 'ClusterIP' },
    { name: 'Cluster-IP', cell: (o) => o.spec?.clusterIP || '<none>' },
    { name: 'External-IP', cell: (o) => (o.spec?.externalIPs ?? []).join(',') || '<none>' },
    { name: 'Port(s)', cell: formatPorts },
    age,
  ],
  clusterroles: [name, { name: 'Created At', cell: (o) => o.metadata?.creationTimestamp ?? '' }],
  roles: [name, { name: 'Created At', cell: (o) => o.metadata?.creationTimestamp ?? '' }],
  clusterrolebindings: [
    name,
    { name: 'Role', cell: (o) => `${o.roleRef?.kind}/${o.roleRef?.name}` },
    age,
  ],
  rolebindings: [name, { name: 'Role', cell: (o) => `${o.roleRef?.kind}/${o.roleRef?.name}` }, age],
  nodes: [
    name,
    { name: 'Status', cell: () => 'Ready' },
    { name: 'Roles', cell: () => '<none>' },
    age,
    { name: 'Version', cell: (o) => o.status?.nodeInfo?.kubeletVersion ?? '' },
  ],
};

/** The columns kubectl would print for a resource (plural name). */
export function selectColumns(resource: string, wide: boolean): Column[] {
  const columns = byResource[resource] ?? [name, age];
  return columns.filter((c) => wide || !c.wide);
}
