/**
 * `kubectl create -f` (one POST per document; AlreadyExists is reported per object) and the
 * dispatcher for `create namespace|secret|serviceaccount`.
 */
import { createObject } from '@/server/cluster/objects';
import { ClusterApiError, type ClusterObject } from '@/server/cluster/types';
import type { FlagSpec, ParsedArgs } from '../args';
import { readBool, readString, readStrings } from '../args';
import type { KubectlContext } from '../context';
import { formatServerError, KubectlError } from '../errors';
import { addLastApplied } from '../last-applied';
import { readManifests } from '../manifests';
import { resolveManifestTarget } from '../manifest-target';
import { formatObjects, parseOutputFormat } from '../printers/output-format';
import { addressOf, formatKindName } from '../resources';
import { readDryRun, validationOf, writeFlags } from './write-flags';

export const createFlags: FlagSpec[] = [
  { name: 'filename', short: 'f', type: 'strings' },
  ...writeFlags,
];

export async function runCreateFromFiles(ctx: KubectlContext, parsed: ParsedArgs): Promise<number> {
  const files = readStrings(parsed, 'filename');
  if (parsed.args.length > 0) {
    throw new KubectlError(
      `error: Unexpected args: [${parsed.args.join(' ')}]\nSee 'kubectl create -h' for help and examples`,
    );
  }
  if (files.length === 0) throw new KubectlError('error: must specify one of -f and -k');
  const format = parseOutputFormat(readString(parsed, 'output'), false);
  const dryRun = readDryRun(parsed);
  let exitCode = 0;
  for (const manifest of await readManifests(ctx.env, files, 'create')) {
    try {
      const target = await resolveManifestTarget(ctx, manifest, { requireName: false });
      const body = readBool(parsed, 'save-config') ? addLastApplied(target.body) : target.body;
      const result =
        dryRun === 'client'
          ? body
          : await createObject(ctx.connection, target.address, body, {
              fieldManager: 'kubectl-create',
              fieldValidation: validationOf(parsed),
              dryRun: dryRun === 'server' ? 'All' : undefined,
            });
      const name = `${formatKindName(target.resource)}/${result.metadata?.name ?? target.name}`;
      printCreated(ctx, result, name, format, dryRun);
    } catch (error) {
      if (!(error instanceof ClusterApiError)) throw error;
      ctx.err(`${formatServerError(error, `error when creating "${manifest.source}"`)}\n`);
      exitCode = 1;
    }
  }
  return exitCode;
}

/** Prints `kind/name created` (or the object with -o). */
export function printCreated(
  ctx: KubectlContext,
  object: ClusterObject,
  name: string,
  format: ReturnType<typeof parseOutputFormat>,
  dryRun: 'none' | 'client' | 'server',
) {
  if (format.kind !== 'table') {
    ctx.out(formatObjects([object], format, true, () => name));
    return;
  }
  const suffix =
    dryRun === 'client' ? ' (dry run)' : dryRun === 'server' ? ' (server dry run)' : '';
  ctx.out(`${name} created${suffix}\n`);
}

/** Sends an object built by a `create <kind>` generator. */
export async function createGenerated(
  ctx: KubectlContext,
  parsed: ParsedArgs,
  resourceName: string,
  object: ClusterObject,
): Promise<number> {
  const format = parseOutputFormat(readString(parsed, 'output'), false);
  const dryRun = readDryRun(parsed);
  const resource = await ctx.resource(resourceName);
  const namespace = resource.namespaced ? ctx.namespace : undefined;
  const body = readBool(parsed, 'save-config') ? addLastApplied(object) : object;
  if (namespace) body.metadata = { ...body.metadata, namespace };
  const result =
    dryRun === 'client'
      ? body
      : await createObject(ctx.connection, addressOf(resource, namespace), body, {
          fieldManager: 'kubectl-create',
          fieldValidation: validationOf(parsed),
          dryRun: dryRun === 'server' ? 'All' : undefined,
        });
  printCreated(ctx, result, `${formatKindName(resource)}/${object.metadata?.name}`, format, dryRun);
  return 0;
}
