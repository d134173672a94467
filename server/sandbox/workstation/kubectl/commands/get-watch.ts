/**
 * `kubectl get -w`: after the initial listing, prints one line (or document) per change until
 * Ctrl-C. Rows come from the server's Table printing when it offers it, else from client columns.
 */
import { getObjectTable } from '@/server/cluster/objects';
import { watchObjects } from '@/server/cluster/watch';
import type { ClusterObject } from '@/server/cluster/types';
import type { KubectlContext } from '../context';
import { formatObjects } from '../printers/output-format';
import {
  buildClientTable,
  decorateTable,
  formatTable,
  isServerTable,
  readServerTable,
} from '../printers/table';
import { addressOf, formatKindName, type ApiResource } from '../resources';
import { createStreamWriter } from '../streaming';
import type { GetOptions } from './get';

export async function watchAndPrint(
  ctx: KubectlContext,
  resource: ApiResource,
  names: string[],
  options: GetOptions,
  watchOnly: boolean,
): Promise<void> {
  const write = createStreamWriter(ctx.env);
  const namespace = options.allNamespaces && names.length === 0 ? undefined : ctx.namespace;
  const address = addressOf(resource, namespace);
  const fieldSelectors = [
    options.fieldSelector,
    names.length === 1 ? `metadata.name=${names[0]}` : undefined,
  ]
    .filter(Boolean)
    .join(',');
  // Start from "now" so the listing already printed is not repeated.
  const start = await getObjectTable(ctx.connection, address, {
    labelSelector: options.selector,
    fieldSelector: fieldSelectors || undefined,
    limit: 1,
  });
  const resourceVersion = start.metadata?.resourceVersion;
  const tableLike = options.format.kind === 'table' || options.format.kind === 'wide';
  let headerDue = watchOnly && tableLike && !options.noHeaders;
  let queue = Promise.resolve();
  await watchObjects(
    ctx.connection,
    address,
    {
      resourceVersion,
      labelSelector: options.selector,
      fieldSelector: fieldSelectors || undefined,
      asTable: tableLike,
      signal: ctx.env.signal,
    },
    (_type, object) => {
      const text = formatEvent(ctx, resource, object, options, headerDue);
      headerDue = false;
      queue = queue.then(() => write(text));
    },
  );
  await queue;
}

function formatEvent(
  ctx: KubectlContext,
  resource: ApiResource,
  object: ClusterObject,
  options: GetOptions,
  withHeaders: boolean,
): string {
  const kind = formatKindName(resource);
  if (options.format.kind === 'table' || options.format.kind === 'wide') {
    const wide = options.format.kind === 'wide';
    const table = isServerTable(object)
      ? readServerTable(object, wide, ctx.now())
      : buildClientTable(resource.resource, [object], wide, ctx.now());
    const decorated = decorateTable(table, {
      withNamespace: options.allNamespaces && resource.namespaced,
      showLabels: options.showLabels,
      labelColumns: options.labelColumns,
      kindPrefix: options.kindPrefix ? kind : undefined,
    });
    return formatTable(decorated, withHeaders, options.columnMemory);
  }
  const text = formatObjects([object], options.format, true, (o) => `${kind}/${o.metadata?.name}`);
  return options.format.kind === 'yaml' ? `---\n${text}` : text;
}
