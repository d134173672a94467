/**
 * `kubectl get`: tables (server-printed when the server can, with -A / --show-labels / -L /
 * wide), `-o yaml|json|name|jsonpath|custom-columns`, label and field selectors, and `-w`.
 */
import { getObject, getObjectTable, listObjects } from '@/server/cluster/objects';
import type { ClusterObject } from '@/server/cluster/types';
import type { FlagSpec, ParsedArgs } from '../args';
import { readBool, readString, readStrings } from '../args';
import type { KubectlContext } from '../context';
import { formatServerError, isNotFound, KubectlError } from '../errors';
import { ClusterApiError } from '@/server/cluster/types';
import { formatObjects, parseOutputFormat, type OutputFormat } from '../printers/output-format';
import {
  buildClientTable,
  decorateTable,
  formatTable,
  isServerTable,
  readServerTable,
  type PrintableTable,
} from '../printers/table';
import { parseResourceArgs } from '../resource-args';
import { addressOf, expandResourceType, formatKindName, type ApiResource } from '../resources';
import { createStreamWriter } from '../streaming';
import { watchAndPrint } from './get-watch';

export const getFlags: FlagSpec[] = [
  { name: 'output', short: 'o', type: 'string' },
  { name: 'selector', short: 'l', type: 'string' },
  { name: 'field-selector', type: 'string' },
  { name: 'all-namespaces', short: 'A', type: 'bool' },
  { name: 'watch', short: 'w', type: 'bool' },
  { name: 'watch-only', type: 'bool' },
  { name: 'show-labels', type: 'bool' },
  { name: 'show-kind', type: 'bool' },
  { name: 'no-headers', type: 'bool' },
  { name: 'label-columns', short: 'L', type: 'strings' },
  { name: 'ignore-not-found', type: 'bool' },
  { name: 'chunk-size', type: 'int' },
];

/** Options of one `get` run, after flag parsing. */
export type GetOptions = {
  format: OutputFormat;
  selector?: string;
  fieldSelector?: string;
  allNamespaces: boolean;
  showLabels: boolean;
  noHeaders: boolean;
  labelColumns: string[];
  ignoreNotFound: boolean;
  kindPrefix: boolean;
  /** Column widths kept between the listing and watch events (`-w`). */
  columnMemory?: number[];
};

type Fetched = { resource: ApiResource; table: PrintableTable | null; objects: ClusterObject[] };

export async function runGet(ctx: KubectlContext, parsed: ParsedArgs): Promise<number> {
  const requests = parseResourceArgs(parsed.args);
  if (requests.length === 0) {
    throw new KubectlError(
      'You must specify the type of resource to get. Use "kubectl api-resources" for a complete list of supported resources.\n\n' +
        'error: Required resource not specified.\n' +
        'Use "kubectl explain <resource>" for a detailed description of that resource (e.g. kubectl explain pods).\n' +
        "See 'kubectl get -h' for help and examples",
    );
  }
  const format = parseOutputFormat(readString(parsed, 'output'), true);
  const watch = readBool(parsed, 'watch') || readBool(parsed, 'watch-only');
  const allNamespaces = readBool(parsed, 'all-namespaces');
  // A category (`all`) stands for several resources; each keeps the names typed after it.
  const discovered = await ctx.resources();
  const expanded = requests.flatMap((request) =>
    expandResourceType(discovered, request.type).map((resource) => ({
      resource,
      names: request.names,
    })),
  );
  const options: GetOptions = {
    format,
    selector: readString(parsed, 'selector'),
    fieldSelector: readString(parsed, 'field-selector'),
    allNamespaces,
    showLabels: readBool(parsed, 'show-labels'),
    noHeaders: readBool(parsed, 'no-headers'),
    labelColumns: readStrings(parsed, 'label-columns'),
    ignoreNotFound: readBool(parsed, 'ignore-not-found'),
    kindPrefix: expanded.length > 1 || requests.length > 1 || readBool(parsed, 'show-kind'),
    columnMemory: watch ? [] : undefined,
  };
  if (watch && expanded.length > 1) {
    throw new KubectlError('error: you may only specify a single resource type');
  }
  const tableLike = format.kind === 'table' || format.kind === 'wide';
  let exitCode = 0;
  const fetched: Fetched[] = [];
  for (const { resource, names } of expanded) {
    const result = await fetchResource(ctx, resource, names, options, tableLike);
    if (result.failed) exitCode = 1;
    fetched.push(result.fetched);
  }
  // While watching, the listing goes to the live terminal too, so it comes before the events.
  const write = createStreamWriter(ctx.env);
  let pending = Promise.resolve();
  const printCtx = watch
    ? { ...ctx, out: (text: string) => void (pending = pending.then(() => write(text))) }
    : ctx;
  if (!readBool(parsed, 'watch-only')) printFetched(printCtx, fetched, options, expanded);
  await pending;
  if (watch) {
    const first = fetched[0]!;
    await watchAndPrint(
      ctx,
      first.resource,
      expanded[0]!.names,
      options,
      readBool(parsed, 'watch-only'),
    );
  }
  return exitCode;
}

async function fetchResource(
  ctx: KubectlContext,
  resource: ApiResource,
  names: string[],
  options: GetOptions,
  tableLike: boolean,
): Promise<{ fetched: Fetched; failed: boolean }> {
  const namespace = options.allNamespaces && names.length === 0 ? undefined : ctx.namespace;
  const wide = options.format.kind === 'wide';
  const list = { labelSelector: options.selector, fieldSelector: options.fieldSelector };
  let failed = false;
  if (names.length === 0) {
    const address = addressOf(resource, namespace);
    if (tableLike) {
      const answer = await getObjectTable(ctx.connection, address, list);
      return { fetched: toFetched(resource, answer, wide, ctx.now()), failed };
    }
    const answer = await listObjects(ctx.connection, address, list);
    return { fetched: { resource, table: null, objects: answer.items }, failed };
  }
  const objects: ClusterObject[] = [];
  let table: PrintableTable | null = null;
  for (const name of names) {
    const address = addressOf(resource, namespace, name);
    try {
      if (tableLike) {
        const part = toFetched(
          resource,
          await getObjectTable(ctx.connection, address),
          wide,
          ctx.now(),
        );
        table = table
          ? { headers: table.headers, rows: [...table.rows, ...part.table!.rows] }
          : part.table;
      } else objects.push(await getObject(ctx.connection, address));
    } catch (error) {
      if (isNotFound(error) && options.ignoreNotFound) continue;
      if (!(error instanceof ClusterApiError)) throw error;
      ctx.err(`${formatServerError(error)}\n`);
      failed = true;
    }
  }
  return { fetched: { resource, table, objects }, failed };
}

function toFetched(
  resource: ApiResource,
  answer: ClusterObject,
  wide: boolean,
  now: number,
): Fetched {
  if (isServerTable(answer))
    return { resource, table: readServerTable(answer, wide, now), objects: [] };
  const items = Array.isArray(answer.items) ? (answer.items as ClusterObject[]) : [answer];
  return { resource, table: buildClientTable(resource.resource, items, wide, now), objects: items };
}

function printFetched(
  ctx: KubectlContext,
  fetched: Fetched[],
  options: GetOptions,
  requests: { names: string[] }[],
) {
  const tableLike = options.format.kind === 'table' || options.format.kind === 'wide';
  const anyNames = requests.some((r) => r.names.length > 0);
  if (tableLike) {
    const printable = fetched.filter((f) => f.table && f.table.rows.length > 0);
    printable.forEach((f, index) => {
      const table = decorateTable(f.table!, {
        withNamespace: options.allNamespaces && f.resource.namespaced,
        showLabels: options.showLabels,
        labelColumns: options.labelColumns,
        kindPrefix: options.kindPrefix ? formatKindName(f.resource) : undefined,
      });
      if (index > 0) ctx.out('\n');
      ctx.out(formatTable(table, !options.noHeaders, options.columnMemory));
    });
    if (printable.length === 0 && !anyNames) reportEmpty(ctx, options, fetched);
    return;
  }
  const objects = fetched.flatMap((f) =>
    f.objects.map((o) => ({ o, kind: formatKindName(f.resource) })),
  );
  const single = requests.length === 1 && requests[0]!.names.length === 1;
  if (objects.length === 0 && !anyNames && options.format.kind === 'name') {
    reportEmpty(ctx, options, fetched);
    return;
  }
  const kinds = new Map(objects.map(({ o, kind }) => [o, kind]));
  ctx.out(
    formatObjects(
      objects.map(({ o }) => o),
      options.format,
      single,
      (o) => `${kinds.get(o)}/${o.metadata?.name ?? ''}`,
    ),
  );
}

function reportEmpty(ctx: KubectlContext, options: GetOptions, fetched: Fetched[]) {
  const namespaced = fetched.some((f) => f.resource.namespaced);
  if (options.allNamespaces || !namespaced) ctx.err('No resources found\n');
  else ctx.err(`No resources found in ${ctx.namespace} namespace.\n`);
}
