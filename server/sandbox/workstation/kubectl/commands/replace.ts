/**
 * `kubectl replace -f`: PUTs each document over the live object, carrying its resourceVersion so
 * a concurrent change is refused (409) rather than overwritten. `--force` deletes and recreates.
 */
import { createObject, deleteObject, getObject, replaceObject } from '@/server/cluster/objects';
import { ClusterApiError } from '@/server/cluster/types';
import type { FlagSpec, ParsedArgs } from '../args';
import { readBool, readString, readStrings } from '../args';
import type { KubectlContext } from '../context';
import { formatServerError, KubectlError } from '../errors';
import { readManifests } from '../manifests';
import { resolveManifestTarget } from '../manifest-target';
import { formatObjects, parseOutputFormat } from '../printers/output-format';
import { readDryRun, validationOf, writeFlags } from './write-flags';
import { waitUntilDeleted } from './delete-wait';

export const replaceFlags: FlagSpec[] = [
  { name: 'filename', short: 'f', type: 'strings' },
  { name: 'force', type: 'bool' },
  ...writeFlags,
];

export async function runReplace(ctx: KubectlContext, parsed: ParsedArgs): Promise<number> {
  const files = readStrings(parsed, 'filename');
  if (files.length === 0) {
    throw new KubectlError(
      "error: must specify --filename to replace\nSee 'kubectl replace -h' for help and examples",
    );
  }
  const format = parseOutputFormat(readString(parsed, 'output'), false);
  const dryRun = readDryRun(parsed);
  const force = readBool(parsed, 'force');
  let exitCode = 0;
  for (const manifest of await readManifests(ctx.env, files, 'replace')) {
    let verb = 'replacing';
    try {
      const target = await resolveManifestTarget(ctx, manifest);
      const options = {
        fieldManager: 'kubectl-replace',
        fieldValidation: validationOf(parsed),
        dryRun: dryRun === 'server' ? ('All' as const) : undefined,
      };
      let result;
      if (force) {
        verb = 'deleting';
        await deleteObject(ctx.connection, target.address).catch((error: unknown) => {
          if (!(error instanceof ClusterApiError && error.code === 404)) throw error;
        });
        ctx.out(
          `${target.resource.kind.toLowerCase()}${target.resource.group ? `.${target.resource.group}` : ''} "${target.name}" deleted\n`,
        );
        await waitUntilDeleted(ctx, target.address);
        verb = 'creating';
        result = await createObject(ctx.connection, target.address, target.body, options);
      } else {
        const body = { ...target.body, metadata: { ...target.body.metadata } };
        if (!body.metadata.resourceVersion) {
          const live = await getObject(ctx.connection, target.address);
          body.metadata.resourceVersion = live.metadata?.resourceVersion;
        }
        result =
          dryRun === 'client'
            ? body
            : await replaceObject(ctx.connection, target.address, body, options);
      }
      if (format.kind === 'table') {
        const suffix =
          dryRun === 'client' ? ' (dry run)' : dryRun === 'server' ? ' (server dry run)' : '';
        ctx.out(`${target.displayName} replaced${suffix}\n`);
      } else ctx.out(formatObjects([result], format, true, () => target.displayName));
    } catch (error) {
      if (!(error instanceof ClusterApiError)) throw error;
      ctx.err(`${formatServerError(error, `error when ${verb} "${manifest.source}"`)}\n`);
      exitCode = 1;
    }
  }
  return exitCode;
}
