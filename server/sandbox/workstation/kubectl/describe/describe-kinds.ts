/**
 * `kubectl describe` for Deployments, Namespaces and ServiceAccounts.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- objects are read as loose JSON here */
import type { ClusterObject } from '@/server/cluster/types';
import {
  DescribeWriter,
  formatRfc1123,
  writeAnnotations,
  writeEvents,
  writeLabels,
} from './describe-writer';
import { writeContainers } from './describe-pod';
import { writeTolerations, writeVolumes } from './describe-volumes';

type Any = Record<string, any>;

function formatSelector(selector: Any | undefined): string {
  const parts = Object.entries((selector?.matchLabels ?? {}) as Record<string, string>)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, v]) => `${k}=${v}`);
  for (const e of (selector?.matchExpressions ?? []) as Any[]) {
    const op = String(e.operator).toLowerCase();
    parts.push(
      op === 'exists'
        ? e.key
        : op === 'doesnotexist'
          ? `!${e.key}`
          : `${e.key} ${op} (${(e.values ?? []).join(',')})`,
    );
  }
  return parts.join(',') || '<none>';
}

function describeReplicaSets(sets: ClusterObject[]): string {
  if (sets.length === 0) return '<none>';
  return sets
    .map((rs) => {
      const r = rs as Any;
      return `${r.metadata?.name} (${r.status?.replicas ?? 0}/${r.spec?.replicas ?? 0} replicas created)`;
    })
    .join(', ');
}

/** Describes a Deployment; `replicaSets` are the ones it owns. */
export function describeDeployment(
  deployment: ClusterObject,
  replicaSets: ClusterObject[],
  events: ClusterObject[] | null,
  now: number,
): string {
  const d = deployment as Any;
  const w = new DescribeWriter();
  const status = d.status ?? {};
  w.write(0, `Name:\t${d.metadata?.name}\n`);
  w.write(0, `Namespace:\t${d.metadata?.namespace}\n`);
  w.write(0, `CreationTimestamp:\t${formatRfc1123(d.metadata?.creationTimestamp)}\n`);
  writeLabels(w, 'Labels', d.metadata?.labels);
  writeAnnotations(w, 'Annotations', d.metadata?.annotations);
  w.write(0, `Selector:\t${formatSelector(d.spec?.selector)}\n`);
  w.write(
    0,
    `Replicas:\t${d.spec?.replicas ?? 1} desired | ${status.updatedReplicas ?? 0} updated | ${status.replicas ?? 0} total | ${status.availableReplicas ?? 0} available | ${status.unavailableReplicas ?? 0} unavailable\n`,
  );
  const strategy = d.spec?.strategy ?? {};
  w.write(0, `StrategyType:\t${strategy.type ?? 'RollingUpdate'}\n`);
  w.write(0, `MinReadySeconds:\t${d.spec?.minReadySeconds ?? 0}\n`);
  if (strategy.rollingUpdate || (strategy.type ?? 'RollingUpdate') === 'RollingUpdate') {
    const ru = strategy.rollingUpdate ?? {};
    w.write(
      0,
      `RollingUpdateStrategy:\t${ru.maxUnavailable ?? '25%'} max unavailable, ${ru.maxSurge ?? '25%'} max surge\n`,
    );
  }
  writePodTemplate(w, d.spec?.template);
  const conditions = (status.conditions ?? []) as Any[];
  if (conditions.length > 0) {
    w.write(0, 'Conditions:\n  Type\tStatus\tReason\n');
    w.write(1, '----\t------\t------\n');
    for (const c of conditions) w.write(1, `${c.type} \t${c.status}\t${c.reason ?? ''}\n`);
  }
  // Like kubectl, the new ReplicaSet is the one whose pod template equals the Deployment's.
  const newSets = replicaSets.filter((rs) =>
    sameTemplate((rs as Any).spec?.template, d.spec?.template),
  );
  const oldSets = replicaSets.filter(
    (rs) => !newSets.includes(rs) && ((rs as Any).spec?.replicas ?? 0) > 0,
  );
  if (replicaSets.length > 0) {
    w.write(0, `OldReplicaSets:\t${describeReplicaSets(oldSets)}\n`);
    w.write(0, `NewReplicaSet:\t${describeReplicaSets(newSets.slice(0, 1))}\n`);
  }
  writeEvents(w, events, now);
  return w.render();
}

function withoutHash(template: Any | undefined): Any {
  const labels = { ...(template?.metadata?.labels ?? {}) };
  delete labels['pod-template-hash'];
  return { ...template, metadata: { ...template?.metadata, labels } };
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  if (
    a &&
    b &&
    typeof a === 'object' &&
    typeof b === 'object' &&
    !Array.isArray(a) &&
    !Array.isArray(b)
  ) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((k) => deepEqual((a as Any)[k], (b as Any)[k]));
  }
  return false;
}

function sameTemplate(a: Any | undefined, b: Any | undefined): boolean {
  return deepEqual(withoutHash(a), withoutHash(b));
}

/** The `Pod Template:` section. */
export function writePodTemplate(w: DescribeWriter, template: Any | undefined) {
  w.write(0, 'Pod Template:\n');
  if (!template) {
    w.write(0, '  <unset>');
    return;
  }
  writeLabels(w, '  Labels', template.metadata?.labels);
  if (Object.keys(template.metadata?.annotations ?? {}).length > 0) {
    writeAnnotations(w, '  Annotations', template.metadata.annotations);
  }
  const spec = template.spec ?? {};
  if (spec.serviceAccountName) w.write(1, `Service Account:\t${spec.serviceAccountName}\n`);
  if (spec.initContainers?.length)
    writeContainers(w, 'Init Containers', spec.initContainers, null, '  ');
  writeContainers(w, 'Containers', spec.containers ?? [], null, '  ');
  writeVolumes(w, spec.volumes, '  ');
  if (spec.priorityClassName) w.write(1, `Priority Class Name:\t${spec.priorityClassName}\n`);
  writeLabels(w, '  Node-Selectors', spec.nodeSelector);
  writeTolerations(w, '  Tolerations', spec.tolerations);
}

/** Describes a Namespace (quotas and limit ranges as listed in it). */
export function describeNamespace(
  namespace: ClusterObject,
  quotas: ClusterObject[],
  limitRanges: ClusterObject[],
): string {
  const n = namespace as Any;
  const w = new DescribeWriter();
  w.write(0, `Name:\t${n.metadata?.name}\n`);
  writeLabels(w, 'Labels', n.metadata?.labels);
  writeAnnotations(w, 'Annotations', n.metadata?.annotations);
  w.write(0, `Status:\t${n.status?.phase ?? 'Active'}\n`);
  w.write(0, '\n');
  if (quotas.length === 0) w.write(0, 'No resource quota.\n');
  else {
    for (const q of quotas as Any[]) {
      w.write(0, `Resource Quotas\n`);
      w.write(1, `Name:\t${q.metadata?.name}\n`);
      w.write(1, 'Resource\tUsed\tHard\n');
      w.write(1, '--------\t---\t---\n');
      const hard = (q.status?.hard ?? q.spec?.hard ?? {}) as Record<string, string>;
      for (const key of Object.keys(hard).sort()) {
        w.write(1, `${key}\t${q.status?.used?.[key] ?? '0'}\t${hard[key]}\n`);
      }
    }
  }
  w.write(0, '\n');
  if (limitRanges.length === 0) w.write(0, 'No LimitRange resource.\n');
  else {
    for (const l of limitRanges as Any[]) {
      w.write(0, 'Resource Limits\n');
      w.write(
        1,
        'Type\tResource\tMin\tMax\tDefault Request\tDefault Limit\tMax Limit/Request Ratio\n',
      );
      w.write(
        1,
        '----\t--------\t---\t---\t---------------\t-------------\t-----------------------\n',
      );
      for (const item of (l.spec?.limits ?? []) as Any[]) {
        const names = new Set([
          ...Object.keys(item.min ?? {}),
          ...Object.keys(item.max ?? {}),
          ...Object.keys(item.default ?? {}),
          ...Object.keys(item.defaultRequest ?? {}),
        ]);
        for (const r of [...names].sort()) {
          w.write(
            1,
            `${item.type}\t${r}\t${item.min?.[r] ?? '-'}\t${item.max?.[r] ?? '-'}\t${item.defaultRequest?.[r] ?? '-'}\t${item.default?.[r] ?? '-'}\t-\n`,
          );
        }
      }
    }
  }
  return w.render();
}

/** Describes a ServiceAccount; `secretNames` are the Secrets that exist in its namespace. */
export function describeServiceAccount(
  account: ClusterObject,
  secretNames: Set<string>,
  events: ClusterObject[] | null,
  now: number,
): string {
  const a = account as Any;
  const w = new DescribeWriter();
  w.write(0, `Name:\t${a.metadata?.name}\n`);
  w.write(0, `Namespace:\t${a.metadata?.namespace}\n`);
  writeLabels(w, 'Labels', a.metadata?.labels);
  writeAnnotations(w, 'Annotations', a.metadata?.annotations);
  const sections: [string, string[]][] = [
    ['Image pull secrets:', ((a.imagePullSecrets ?? []) as Any[]).map((s) => s.name)],
    ['Mountable secrets: ', ((a.secrets ?? []) as Any[]).map((s) => s.name)],
    ['Tokens:            ', []],
  ];
  for (const [header, names] of sections) {
    if (names.length === 0) {
      w.write(0, `${header}\t<none>\n`);
      continue;
    }
    names.forEach((name, index) => {
      const prefix = index === 0 ? header : '                   ';
      w.write(0, `${prefix}\t${name}${secretNames.has(name) ? '' : ' (not found)'}\n`);
    });
  }
  writeEvents(w, events, now);
  return w.render();
}
