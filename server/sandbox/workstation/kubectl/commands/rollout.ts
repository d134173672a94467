/**
 * `kubectl rollout status|restart|history` for Deployments.
 */
import { getObject, listObjects, patchObject } from '@/server/cluster/objects';
import { watchObjects } from '@/server/cluster/watch';
import type { ClusterObject } from '@/server/cluster/types';
import type { FlagSpec, ParsedArgs } from '../args';
import { readString } from '../args';
import type { KubectlContext } from '../context';
import { createHelpError, KubectlError } from '../errors';
import { alignTabs } from '../printers/tabwriter';
import { parseResourceArgs } from '../resource-args';
import { addressOf, formatKindName, type ApiResource } from '../resources';
import { createStreamWriter } from '../streaming';
import { describeDeploymentRollout } from './rollout-status';

export const rolloutStatusFlags: FlagSpec[] = [
  { name: 'watch', short: 'w', type: 'string', noValueDefault: 'true' },
  { name: 'timeout', type: 'duration' },
  { name: 'revision', type: 'int' },
  { name: 'filename', short: 'f', type: 'strings' },
];
export const rolloutRestartFlags: FlagSpec[] = [{ name: 'filename', short: 'f', type: 'strings' }];
export const rolloutHistoryFlags: FlagSpec[] = [
  { name: 'revision', type: 'int' },
  { name: 'filename', short: 'f', type: 'strings' },
];

async function resolveTargets(ctx: KubectlContext, parsed: ParsedArgs, command: string) {
  const requests = parseResourceArgs(parsed.args);
  if (requests.length === 0) {
    throw new KubectlError('error: required resource not specified');
  }
  const targets: { resource: ApiResource; name: string }[] = [];
  for (const request of requests) {
    const resource = await ctx.resource(request.type);
    if (resource.resource !== 'deployments') {
      throw new KubectlError(`error: no status viewer has been implemented for ${resource.kind}`);
    }
    if (request.names.length === 0) {
      throw createHelpError(command, 'resource name may not be empty');
    }
    for (const name of request.names) targets.push({ resource, name });
  }
  return targets;
}

export async function runRolloutStatus(ctx: KubectlContext, parsed: ParsedArgs): Promise<number> {
  const [target] = await resolveTargets(ctx, parsed, 'rollout status');
  const { resource, name } = target!;
  const write = createStreamWriter(ctx.env);
  const address = addressOf(resource, ctx.namespace, name);
  const first = await getObject(ctx.connection, address);
  const once = readString(parsed, 'watch') === 'false';
  let state = describeDeploymentRollout(first);
  if (state.done || once) {
    await write(state.message);
    return 0;
  }
  const list = await listObjects(ctx.connection, addressOf(resource, ctx.namespace), {
    fieldSelector: `metadata.name=${name}`,
  });
  let queue = Promise.resolve();
  let failure: unknown = null;
  const report = (object: ClusterObject) => {
    try {
      state = describeDeploymentRollout(object);
    } catch (error) {
      failure = error;
      return 'stop' as const;
    }
    const message = state.message;
    queue = queue.then(() => write(message));
    return state.done ? ('stop' as const) : undefined;
  };
  const initial = list.items[0];
  if (!initial) throw new KubectlError(`error: deployments.apps "${name}" not found`);
  if (report(initial) !== 'stop') {
    await watchObjects(
      ctx.connection,
      addressOf(resource, ctx.namespace),
      {
        resourceVersion: list.metadata?.resourceVersion,
        fieldSelector: `metadata.name=${name}`,
        signal: ctx.env.signal,
      },
      (type, object) => {
        if (type === 'DELETED') {
          failure = new KubectlError(`error: object has been deleted`);
          return 'stop';
        }
        if (type === 'BOOKMARK') return;
        return report(object);
      },
    );
  }
  await queue;
  if (failure) throw failure;
  return state.done || ctx.env.signal.aborted ? 0 : 1;
}

export async function runRolloutRestart(ctx: KubectlContext, parsed: ParsedArgs): Promise<number> {
  const targets = await resolveTargets(ctx, parsed, 'rollout restart');
  for (const { resource, name } of targets) {
    const restartedAt = new Date(ctx.now()).toISOString().replace(/\.\d+Z$/, 'Z');
    const patch = {
      spec: {
        template: {
          metadata: { annotations: { 'kubectl.kubernetes.io/restartedAt': restartedAt } },
        },
      },
    };
    await patchObject(
      ctx.connection,
      addressOf(resource, ctx.namespace, name),
      patch,
      'strategic',
      {
        fieldManager: 'kubectl-rollout',
      },
    );
    ctx.out(`${formatKindName(resource)}/${name} restarted\n`);
  }
  return 0;
}

export async function runRolloutHistory(ctx: KubectlContext, parsed: ParsedArgs): Promise<number> {
  const targets = await resolveTargets(ctx, parsed, 'rollout history');
  for (const { resource, name } of targets) {
    const deployment = await getObject(ctx.connection, addressOf(resource, ctx.namespace, name));
    const replicaSetResource = await ctx.resource('replicasets.apps');
    const selector = formatMatchLabels(deployment);
    const sets = await listObjects(ctx.connection, addressOf(replicaSetResource, ctx.namespace), {
      labelSelector: selector,
    });
    const revisions = sets.items
      .filter((rs) =>
        ((rs.metadata?.ownerReferences as { uid?: string }[] | undefined) ?? []).some(
          (o) => o.uid === deployment.metadata?.uid,
        ),
      )
      .map((rs) => ({
        revision: Number(rs.metadata?.annotations?.['deployment.kubernetes.io/revision'] ?? 0),
        cause: rs.metadata?.annotations?.['kubernetes.io/change-cause'] ?? '<none>',
      }))
      .sort((a, b) => a.revision - b.revision);
    ctx.out(`${formatKindName(resource)}/${name} \n`);
    // The history table uses its own tabwriter settings (padding 2, no minimum width).
    const rows = [
      ['REVISION', 'CHANGE-CAUSE'],
      ...revisions.map((r) => [String(r.revision), r.cause]),
    ];
    ctx.out(alignTabs(rows.map((r) => `${r.join('\t')}\n`).join(''), { minWidth: 0, padding: 2 }));
    ctx.out('\n');
  }
  return 0;
}

function formatMatchLabels(deployment: ClusterObject): string {
  const spec = deployment.spec as
    { selector?: { matchLabels?: Record<string, string> } } | undefined;
  return Object.entries(spec?.selector?.matchLabels ?? {})
    .map(([k, v]) => `${k}=${v}`)
    .join(',');
}
