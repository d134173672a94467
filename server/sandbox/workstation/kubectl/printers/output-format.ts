/**
 * The `-o/--output` flag: which printer, and printing objects with it (yaml, json, name,
 * jsonpath, custom-columns). Tables are printed by the table module.
 */
import type { ClusterObject } from '@/server/cluster/types';
import { KubectlError } from '../errors';
import { evaluatePath, formatValue, renderJsonPath } from './jsonpath';
import { formatJson, formatYaml } from './serialize';
import { formatColumns } from './tabwriter';

export type OutputFormat =
  | { kind: 'table' }
  | { kind: 'wide' }
  | { kind: 'yaml' }
  | { kind: 'json' }
  | { kind: 'name' }
  | { kind: 'jsonpath'; template: string }
  | { kind: 'custom-columns'; columns: { header: string; path: string }[] };

const getFormats = [
  'custom-columns',
  'custom-columns-file',
  'go-template',
  'go-template-file',
  'json',
  'jsonpath',
  'jsonpath-as-json',
  'jsonpath-file',
  'name',
  'template',
  'templatefile',
  'wide',
  'yaml',
];

const writeFormats = [
  'go-template',
  'go-template-file',
  'json',
  'jsonpath',
  'jsonpath-as-json',
  'jsonpath-file',
  'name',
  'template',
  'templatefile',
  'yaml',
];

/** Parses `-o`; `forGet` allows the table-only formats (wide, custom-columns). */
export function parseOutputFormat(flag: string | undefined, forGet: boolean): OutputFormat {
  if (flag === undefined || flag === '') return { kind: 'table' };
  const eq = flag.indexOf('=');
  const name = eq === -1 ? flag : flag.slice(0, eq);
  const argument = eq === -1 ? '' : flag.slice(eq + 1);
  const allowed = forGet ? getFormats : writeFormats;
  if (!allowed.includes(name)) {
    throw new KubectlError(
      `error: unable to match a printer suitable for the output format "${flag}", allowed formats are: ${allowed.join(',')}`,
    );
  }
  switch (name) {
    case 'wide':
    case 'yaml':
    case 'json':
    case 'name':
      return { kind: name };
    case 'jsonpath':
      if (!argument)
        throw new KubectlError('error: template format specified but no template given');
      return { kind: 'jsonpath', template: argument };
    case 'custom-columns':
      return { kind: 'custom-columns', columns: parseCustomColumns(argument) };
    default:
      throw new KubectlError(
        `error: the output format "${name}" is not available in this workshop's kubectl; use -o yaml, json, name or jsonpath`,
      );
  }
}

function parseCustomColumns(spec: string) {
  if (!spec) {
    throw new KubectlError('error: custom-columns format specified but no custom columns given');
  }
  return spec.split(',').map((part) => {
    const colon = part.indexOf(':');
    if (colon === -1) {
      throw new KubectlError(
        `error: unexpected custom-columns spec: ${part}, expected <header>:<json-path-expr>`,
      );
    }
    const path = part.slice(colon + 1).replace(/^\{|\}$/g, '');
    return { header: part.slice(0, colon), path: path.startsWith('.') ? path : `.${path}` };
  });
}

/** Wraps objects the way `kubectl get` does when it prints a list. */
export function wrapList(items: ClusterObject[]): ClusterObject {
  return { apiVersion: 'v1', items, kind: 'List', metadata: { resourceVersion: '' } };
}

/**
 * Prints objects with a non-table format. `single` means the user named exactly one object,
 * so it is printed bare instead of inside a List.
 */
export function formatObjects(
  objects: ClusterObject[],
  format: OutputFormat,
  single: boolean,
  nameOf: (o: ClusterObject) => string,
): string {
  const data = single && objects.length === 1 ? objects[0]! : wrapList(objects);
  switch (format.kind) {
    case 'yaml':
      return formatYaml(data);
    case 'json':
      return formatJson(data);
    case 'name':
      return objects.map((o) => `${nameOf(o)}\n`).join('');
    case 'jsonpath':
      return renderJsonPath(format.template, data);
    case 'custom-columns': {
      const rows = objects.map((o) =>
        format.columns.map((c) => {
          const values = evaluatePath(c.path, o, o);
          return values.length ? values.map(formatValue).join(',') : '<none>';
        }),
      );
      return formatColumns([format.columns.map((c) => c.header), ...rows]);
    }
    default:
      throw new Error(`formatObjects cannot print ${format.kind}`);
  }
}
