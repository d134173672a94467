/**
 * `kubectl apply -f`: creates missing objects with the last-applied annotation, patches existing
 * ones with a three-way strategic merge, and reports created / configured / unchanged.
 */
import { createObject, getObject, patchObject } from '@/server/cluster/objects';
import { ClusterApiError, type ClusterObject } from '@/server/cluster/types';
import type { FlagSpec, ParsedArgs } from '../args';
import { readString, readStrings } from '../args';
import type { KubectlContext } from '../context';
import { formatServerError, isNotFound, KubectlError } from '../errors';
import { addLastApplied, lastAppliedKey, readLastApplied } from '../last-applied';
import { readManifests } from '../manifests';
import { resolveManifestTarget, type ManifestTarget } from '../manifest-target';
import { parseOutputFormat, formatObjects } from '../printers/output-format';
import { createThreeWayPatch } from '../three-way-patch';
import { readDryRun, validationOf, writeFlags } from './write-flags';

export const applyFlags: FlagSpec[] = [
  { name: 'filename', short: 'f', type: 'strings' },
  ...writeFlags,
];

export async function runApply(ctx: KubectlContext, parsed: ParsedArgs): Promise<number> {
  const files = readStrings(parsed, 'filename');
  if (files.length === 0)
    throw new KubectlError(
      "error: must specify one of -f and -k\n\nSee 'kubectl apply -h' for help and examples",
    );
  if (parsed.args.length > 0) {
    throw new KubectlError(
      `error: Unexpected args: [${parsed.args.join(' ')}]\nSee 'kubectl apply -h' for help and examples`,
    );
  }
  const format = parseOutputFormat(readString(parsed, 'output'), false);
  const dryRun = readDryRun(parsed);
  const manifests = await readManifests(ctx.env, files, 'apply');
  // Like kubectl, failures are collected and reported after every document was tried.
  const failures: string[] = [];
  for (const manifest of manifests) {
    let target: ManifestTarget | null = null;
    try {
      target = await resolveManifestTarget(ctx, manifest);
      const { result, verb } = await applyOne(ctx, target, dryRun, validationOf(parsed));
      const suffix =
        dryRun === 'client' ? ' (dry run)' : dryRun === 'server' ? ' (server dry run)' : '';
      if (format.kind === 'table') ctx.out(`${target.displayName} ${verb}${suffix}\n`);
      else ctx.out(formatObjects([result], format, true, () => target!.displayName));
    } catch (error) {
      if (!(error instanceof ClusterApiError) || !target) throw error;
      failures.push(formatApplyFailure(error, target));
    }
  }
  for (const failure of failures) ctx.err(`${failure}\n`);
  return failures.length > 0 ? 1 : 0;
}

type TaggedError = ClusterApiError & { verb?: string; patch?: unknown };

function formatApplyFailure(error: TaggedError, target: ManifestTarget): string {
  const source = target.manifest.source;
  const context = `error when ${error.verb ?? 'creating'} "${source}"`;
  if (error.verb !== 'patching') return formatServerError(error, context);
  const { group, version, resource, kind } = target.resource;
  const gv = `${group}/${version}`;
  const detail =
    `error when applying patch:\n${JSON.stringify(sortKeys(error.patch))}\nto:\n` +
    `Resource: "${gv}, Resource=${resource}", GroupVersionKind: "${gv}, Kind=${kind}"\n` +
    `Name: "${target.name}", Namespace: "${target.namespace ?? ''}"\n` +
    `for: "${source}": ${context}`;
  return formatServerError(error, detail);
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    return Object.fromEntries(
      Object.keys(record)
        .sort()
        .map((k) => [k, sortKeys(record[k])]),
    );
  }
  return value;
}

async function applyOne(
  ctx: KubectlContext,
  target: ManifestTarget,
  dryRun: 'none' | 'client' | 'server',
  fieldValidation: 'Strict' | 'Ignore',
): Promise<{ result: ClusterObject; verb: string }> {
  const modified = addLastApplied(target.body);
  let current: ClusterObject;
  try {
    current = await getObject(ctx.connection, target.address);
  } catch (error) {
    if (!isNotFound(error)) throw tag(error, 'retrieving current configuration of');
    if (dryRun === 'client') return { result: modified, verb: 'created' };
    const result = await createObject(ctx.connection, target.address, modified, {
      fieldManager: 'kubectl-client-side-apply',
      fieldValidation,
      dryRun: dryRun === 'server' ? 'All' : undefined,
    }).catch((e: unknown) => {
      throw tag(e, 'creating');
    });
    return { result, verb: 'created' };
  }
  const original = readLastApplied(current);
  if (!current.metadata?.annotations?.[lastAppliedKey]) {
    ctx.err(
      `Warning: resource ${target.resource.resource}/${target.name} is missing the ${lastAppliedKey} annotation which is required by kubectl apply. kubectl apply should only be used on resources created declaratively by either kubectl create --save-config or kubectl apply. The missing annotation will be patched automatically.\n`,
    );
  }
  const patch = createThreeWayPatch(original as never, modified as never, current as never);
  if (Object.keys(patch).length === 0) return { result: current, verb: 'unchanged' };
  if (dryRun === 'client') return { result: modified, verb: 'configured' };
  const result = await patchObject(ctx.connection, target.address, patch, 'strategic', {
    fieldManager: 'kubectl-client-side-apply',
    fieldValidation,
    dryRun: dryRun === 'server' ? 'All' : undefined,
  }).catch((e: unknown) => {
    throw tag(e, 'patching', patch);
  });
  return { result, verb: 'configured' };
}

/** Remembers what kubectl was doing when the server refused, for the error message. */
function tag(error: unknown, verb: string, patch?: unknown): unknown {
  if (error instanceof ClusterApiError) Object.assign(error, { verb, patch });
  return error;
}
