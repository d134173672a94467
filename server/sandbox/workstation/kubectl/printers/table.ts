/**
 * Human-readable tables: from a server-printed meta.k8s.io Table or from client-side columns,
 * decorated like kubectl (NAMESPACE first for -A, LABELS last for --show-labels, `kind/` name
 * prefixes when several kinds are listed) and aligned with kubectl's tabwriter settings.
 */
import type { ClusterObject } from '@/server/cluster/types';
import { formatAge } from './age';
import { selectColumns } from './columns';
import { formatColumns } from './tabwriter';

export type PrintableRow = { cells: string[]; object: ClusterObject };
export type PrintableTable = { headers: string[]; rows: PrintableRow[] };

type ServerTable = {
  kind: 'Table';
  columnDefinitions?: { name: string; type?: string; format?: string; priority?: number }[];
  rows?: { cells?: unknown[]; object?: ClusterObject }[];
};

/** True when a server answer is a meta.k8s.io Table. */
export function isServerTable(value: unknown): value is ServerTable {
  return (value as { kind?: string } | null)?.kind === 'Table';
}

function formatCell(value: unknown, type: string | undefined, now: number): string {
  if (value === null || value === undefined) return '<none>';
  if (type === 'date' && typeof value === 'string') return formatAge(value, now);
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/** Reads a server Table, keeping priority-0 columns unless `wide`. */
export function readServerTable(table: ServerTable, wide: boolean, now: number): PrintableTable {
  const definitions = table.columnDefinitions ?? [];
  const keep = definitions.map((d, index) => ({ d, index })).filter(({ d }) => wide || !d.priority);
  return {
    headers: keep.map(({ d }) => d.name),
    rows: (table.rows ?? []).map((row) => ({
      cells: keep.map(({ d, index }) => formatCell(row.cells?.[index], d.type ?? d.format, now)),
      object: row.object ?? {},
    })),
  };
}

/** Builds a table from full objects with kubectl's built-in columns for the resource. */
export function buildClientTable(
  resource: string,
  objects: ClusterObject[],
  wide: boolean,
  now: number,
): PrintableTable {
  const columns = selectColumns(resource, wide);
  return {
    headers: columns.map((c) => c.name),
    rows: objects.map((object) => ({ cells: columns.map((c) => c.cell(object, now)), object })),
  };
}

/** `app=cfos,tier=fw`, or `<none>`. */
export function formatLabels(labels: Record<string, string> | undefined): string {
  const keys = Object.keys(labels ?? {}).sort();
  return keys.length ? keys.map((k) => `${k}=${labels![k]}`).join(',') : '<none>';
}

export type Decorations = {
  withNamespace?: boolean;
  showLabels?: boolean;
  /** e.g. `deployment.apps`: NAME cells become `deployment.apps/x`. */
  kindPrefix?: string;
  /** Extra label columns (`-L key`). */
  labelColumns?: string[];
};

/** Adds kubectl's optional columns and prefixes. */
export function decorateTable(table: PrintableTable, options: Decorations): PrintableTable {
  const nameIndex = table.headers.findIndex((h) => h.toLowerCase() === 'name');
  const headers = [...table.headers];
  const labelColumns = options.labelColumns ?? [];
  headers.push(...labelColumns.map((l) => l.split('/').pop()!));
  if (options.showLabels) headers.push('Labels');
  if (options.withNamespace) headers.unshift('Namespace');
  const rows = table.rows.map((row) => {
    const cells = [...row.cells];
    if (options.kindPrefix && nameIndex !== -1)
      cells[nameIndex] = `${options.kindPrefix}/${cells[nameIndex]}`;
    const labels = row.object.metadata?.labels ?? {};
    cells.push(...labelColumns.map((l) => labels[l] ?? ''));
    if (options.showLabels) cells.push(formatLabels(labels));
    if (options.withNamespace) cells.unshift(row.object.metadata?.namespace ?? '');
    return { cells, object: row.object };
  });
  return { headers, rows };
}

/** Renders the aligned text, with or without the header line. */
export function formatTable(table: PrintableTable, withHeaders = true, memory?: number[]): string {
  const lines = table.rows.map((r) => r.cells);
  if (withHeaders) lines.unshift(table.headers.map((h) => h.toUpperCase()));
  return formatColumns(lines, memory);
}
