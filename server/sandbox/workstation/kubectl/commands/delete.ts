/**
 * `kubectl delete`: by `-f` (one DELETE per document), by `TYPE NAME…` / `TYPE/NAME`, or by
 * `-l` / `--all`; prints `kind "name" deleted`, then waits until the objects are gone.
 */
import { deleteObject, getObject, listObjects } from '@/server/cluster/objects';
import { ClusterApiError, type ResourceAddress } from '@/server/cluster/types';
import type { FlagSpec, ParsedArgs } from '../args';
import { readBool, readString, readStrings } from '../args';
import type { KubectlContext } from '../context';
import { formatServerError, isNotFound, KubectlError } from '../errors';
import { readManifests } from '../manifests';
import { resolveManifestTarget } from '../manifest-target';
import { parseResourceArgs } from '../resource-args';
import { addressOf, formatKindName } from '../resources';
import { waitUntilDeleted } from './delete-wait';
import { readDryRun } from './write-flags';

export const deleteFlags: FlagSpec[] = [
  { name: 'filename', short: 'f', type: 'strings' },
  { name: 'selector', short: 'l', type: 'string' },
  { name: 'field-selector', type: 'string' },
  { name: 'all', type: 'bool' },
  { name: 'all-namespaces', short: 'A', type: 'bool' },
  { name: 'ignore-not-found', type: 'bool' },
  { name: 'wait', type: 'string', noValueDefault: 'true' },
  { name: 'now', type: 'bool' },
  { name: 'force', type: 'bool' },
  { name: 'grace-period', type: 'int' },
  { name: 'cascade', type: 'string', noValueDefault: 'background' },
  { name: 'output', short: 'o', type: 'string' },
  { name: 'recursive', short: 'R', type: 'bool' },
  { name: 'dry-run', type: 'string', noValueDefault: 'unchanged' },
];

type Victim = { address: ResourceAddress; label: string; source?: string };

export async function runDelete(ctx: KubectlContext, parsed: ParsedArgs): Promise<number> {
  const files = readStrings(parsed, 'filename');
  const ignoreNotFound = readBool(parsed, 'ignore-not-found');
  const victims: Victim[] = [];
  if (files.length > 0) {
    if (parsed.args.length > 0) {
      throw new KubectlError(
        'error: Unexpected args: [' +
          parsed.args.join(' ') +
          "]\nSee 'kubectl delete -h' for help and examples",
      );
    }
    for (const manifest of await readManifests(ctx.env, files, 'delete')) {
      const target = await resolveManifestTarget(ctx, manifest);
      victims.push({
        address: target.address,
        label: `${formatKindName(target.resource)} "${target.name}"`,
        source: manifest.source,
      });
    }
  } else {
    victims.push(...(await collectByArgs(ctx, parsed)));
    if (victims.length === 0) {
      if (!ignoreNotFound) ctx.err('No resources found\n');
      return 0;
    }
  }
  const cascade = readString(parsed, 'cascade') ?? 'background';
  const policy =
    cascade === 'foreground' ? 'Foreground' : cascade === 'orphan' ? 'Orphan' : 'Background';
  const dryRun = readDryRun(parsed);
  const wait = readString(parsed, 'wait') !== 'false' && dryRun === 'none';
  let exitCode = 0;
  const deleted: { victim: Victim; uid?: string }[] = [];
  if (ctx.namespaceExplicit && victims.some((v) => !v.address.namespace)) {
    ctx.err('Warning: deleting cluster-scoped resources, not scoped to the provided namespace\n');
  }
  for (const victim of victims) {
    try {
      if (dryRun === 'client') {
        // A client-side dry run only checks that the object exists.
        await getObject(ctx.connection, victim.address);
        ctx.out(`${victim.label} deleted (dry run)\n`);
        continue;
      }
      const answer = await deleteObject(ctx.connection, victim.address, {
        propagationPolicy: policy,
        dryRun: dryRun === 'server' ? 'All' : undefined,
      });
      ctx.out(`${victim.label} deleted${dryRun === 'server' ? ' (server dry run)' : ''}\n`);
      deleted.push({ victim, uid: answer.metadata?.uid });
    } catch (error) {
      if (isNotFound(error) && ignoreNotFound) continue;
      if (!(error instanceof ClusterApiError)) throw error;
      const context = victim.source ? `error when deleting "${victim.source}"` : undefined;
      ctx.err(`${formatServerError(error, context)}\n`);
      exitCode = 1;
    }
  }
  if (wait) {
    for (const { victim, uid } of deleted) await waitUntilDeleted(ctx, victim.address, uid);
  }
  return exitCode;
}

async function collectByArgs(ctx: KubectlContext, parsed: ParsedArgs): Promise<Victim[]> {
  const requests = parseResourceArgs(parsed.args);
  const selector = readString(parsed, 'selector');
  const fieldSelector = readString(parsed, 'field-selector');
  const all = readBool(parsed, 'all');
  if (requests.length === 0) {
    throw new KubectlError(
      "error: You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'",
    );
  }
  const victims: Victim[] = [];
  for (const request of requests) {
    const resource = await ctx.resource(request.type);
    const kind = formatKindName(resource);
    if (request.names.length > 0) {
      for (const name of request.names) {
        victims.push({
          address: addressOf(resource, ctx.namespace, name),
          label: `${kind} "${name}"`,
        });
      }
      continue;
    }
    if (!selector && !fieldSelector && !all) {
      throw new KubectlError('error: resource(s) were provided, but no name was specified');
    }
    const namespace = readBool(parsed, 'all-namespaces') ? undefined : ctx.namespace;
    const list = await listObjects(ctx.connection, addressOf(resource, namespace), {
      labelSelector: selector,
      fieldSelector,
    });
    for (const item of list.items) {
      const name = item.metadata?.name ?? '';
      victims.push({
        address: addressOf(resource, item.metadata?.namespace ?? namespace, name),
        label: `${kind} "${name}"`,
      });
    }
  }
  return victims;
}
