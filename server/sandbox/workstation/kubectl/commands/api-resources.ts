/**
 * `kubectl api-resources`: the server's resources (preferred versions), grouped like kubectl.
 */
import type { FlagSpec, ParsedArgs } from '../args';
import { readBool, readString } from '../args';
import type { KubectlContext } from '../context';
import { KubectlError } from '../errors';
import { formatColumns } from '../printers/tabwriter';

export const apiResourcesFlags: FlagSpec[] = [
  { name: 'output', short: 'o', type: 'string' },
  { name: 'namespaced', type: 'string', noValueDefault: 'true' },
  { name: 'api-group', type: 'string' },
  { name: 'no-headers', type: 'bool' },
  { name: 'verbs', type: 'strings' },
  { name: 'sort-by', type: 'string' },
  { name: 'cached', type: 'bool' },
  { name: 'categories', type: 'strings' },
];

export async function runApiResources(ctx: KubectlContext, parsed: ParsedArgs): Promise<number> {
  const output = readString(parsed, 'output');
  if (output && output !== 'wide' && output !== 'name') {
    throw new KubectlError(`error: --output ${output} is not available`);
  }
  const namespacedFlag = readString(parsed, 'namespaced');
  const group = readString(parsed, 'api-group');
  const resources = (await ctx.resources()).filter(
    (r) =>
      r.preferred &&
      !r.resource.includes('/') &&
      (namespacedFlag === undefined || String(r.namespaced) === namespacedFlag) &&
      (group === undefined || r.group === group),
  );
  const sortBy = readString(parsed, 'sort-by');
  if (sortBy === 'name') resources.sort((a, b) => a.resource.localeCompare(b.resource));
  else if (sortBy === 'kind') resources.sort((a, b) => a.kind.localeCompare(b.kind));
  else {
    // kubectl sorts by group (the core group first), then by resource name.
    resources.sort((a, b) => compare(a.group, b.group) || compare(a.resource, b.resource));
  }
  if (output === 'name') {
    ctx.out(resources.map((r) => `${r.resource}${r.group ? `.${r.group}` : ''}\n`).join(''));
    return 0;
  }
  const wide = output === 'wide';
  const header = ['NAME', 'SHORTNAMES', 'APIVERSION', 'NAMESPACED', 'KIND'];
  if (wide) header.push('VERBS', 'CATEGORIES');
  const rows = resources.map((r) => {
    const row = [
      r.resource,
      r.shortNames.join(','),
      r.group ? `${r.group}/${r.version}` : r.version,
      String(r.namespaced),
      r.kind,
    ];
    if (wide) row.push(`[${r.verbs.join(' ')}]`, r.categories.join(','));
    return row;
  });
  ctx.out(formatColumns(readBool(parsed, 'no-headers') ? rows : [header, ...rows]));
  return 0;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
