/**
 * `kubectl describe` for Secrets (sizes only, never values), ConfigMaps, roles and bindings.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- objects are read as loose JSON here */
import type { ClusterObject } from '@/server/cluster/types';
import { DescribeWriter, writeAnnotations, writeEvents, writeLabels } from './describe-writer';

type Any = Record<string, any>;

function writeHeader(w: DescribeWriter, o: Any, withNamespace: boolean) {
  w.write(0, `Name:\t${o.metadata?.name}\n`);
  if (withNamespace) w.write(0, `Namespace:\t${o.metadata?.namespace}\n`);
  writeLabels(w, 'Labels', o.metadata?.labels);
  writeAnnotations(w, 'Annotations', o.metadata?.annotations);
}

function byteLength(base64: string): number {
  return Buffer.from(base64, 'base64').length;
}

export function describeSecret(secret: ClusterObject): string {
  const s = secret as Any;
  const w = new DescribeWriter();
  writeHeader(w, s, true);
  w.write(0, `\nType:\t${s.type ?? 'Opaque'}\n`);
  w.write(0, '\nData\n====\n');
  const data = (s.data ?? {}) as Record<string, string>;
  for (const key of Object.keys(data).sort()) {
    w.write(0, `${key}:\t${byteLength(data[key]!)} bytes\n`);
  }
  return w.render();
}

export function describeConfigMap(
  map: ClusterObject,
  events: ClusterObject[] | null,
  now: number,
): string {
  const m = map as Any;
  const w = new DescribeWriter();
  writeHeader(w, m, true);
  w.write(0, '\nData\n====\n');
  const data = (m.data ?? {}) as Record<string, string>;
  for (const key of Object.keys(data).sort()) {
    w.write(0, `${key}:\n----\n`);
    w.write(0, `${data[key]}\n`);
    w.write(0, '\n');
  }
  w.write(0, '\nBinaryData\n====\n');
  const binary = (m.binaryData ?? {}) as Record<string, string>;
  for (const key of Object.keys(binary).sort())
    w.write(0, `${key}: ${byteLength(binary[key]!)} bytes\n`);
  w.write(0, '\n');
  writeEvents(w, events, now);
  return w.render();
}

type Rule = {
  apiGroups?: string[];
  resources?: string[];
  resourceNames?: string[];
  nonResourceURLs?: string[];
  verbs?: string[];
};

/** One line per resource (and per non-resource URL rule), as kubectl breaks rules down. */
function breakDown(rules: Rule[]): string[][] {
  const rows: string[][] = [];
  const list = (values: string[] | undefined) => `[${(values ?? []).join(' ')}]`;
  for (const rule of rules) {
    for (const group of rule.apiGroups ?? []) {
      for (const resource of rule.resources ?? []) {
        rows.push([
          group ? `${resource}.${group}` : resource,
          '[]',
          list(rule.resourceNames),
          list(rule.verbs),
        ]);
      }
    }
    if (rule.nonResourceURLs?.length)
      rows.push(['', list(rule.nonResourceURLs), '[]', list(rule.verbs)]);
  }
  return rows.sort((a, b) =>
    a.join('\t') < b.join('\t') ? -1 : a.join('\t') > b.join('\t') ? 1 : 0,
  );
}

export function describeRole(role: ClusterObject): string {
  const r = role as Any;
  const w = new DescribeWriter();
  writeHeader(w, r, false);
  w.write(0, 'PolicyRule:\n');
  w.write(1, 'Resources\tNon-Resource URLs\tResource Names\tVerbs\n');
  w.write(1, '---------\t-----------------\t--------------\t-----\n');
  for (const row of breakDown(r.rules ?? [])) w.write(1, `${row.join('\t')}\n`);
  return w.render();
}

export function describeRoleBinding(binding: ClusterObject): string {
  const b = binding as Any;
  const w = new DescribeWriter();
  writeHeader(w, b, false);
  w.write(0, 'Role:\n');
  w.write(1, `Kind:\t${b.roleRef?.kind ?? ''}\n`);
  w.write(1, `Name:\t${b.roleRef?.name ?? ''}\n`);
  w.write(0, 'Subjects:\n');
  w.write(1, 'Kind\tName\tNamespace\n');
  w.write(1, '----\t----\t---------\n');
  for (const s of (b.subjects ?? []) as Any[])
    w.write(1, `${s.kind}\t${s.name}\t${s.namespace ?? ''}\n`);
  return w.render();
}
