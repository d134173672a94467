/**
 * `kubectl auth can-i VERB TYPE[/NAME]` (and `--list`): asks the server through a
 * SelfSubjectAccessReview and prints `yes` / `no` (exit 0 / 1), like kubectl.
 */
import { createObject } from '@/server/cluster/objects';
import type { FlagSpec, ParsedArgs } from '../args';
import { readBool, readString } from '../args';
import type { KubectlContext } from '../context';
import { KubectlError } from '../errors';
import { findResource } from '../resources';
import { formatColumns } from '../printers/tabwriter';

export const canIFlags: FlagSpec[] = [
  { name: 'all-namespaces', short: 'A', type: 'bool' },
  { name: 'subresource', type: 'string' },
  { name: 'quiet', short: 'q', type: 'bool' },
  { name: 'list', type: 'bool' },
  { name: 'no-headers', type: 'bool' },
];

const reviews = { group: 'authorization.k8s.io', version: 'v1' };

export async function runCanI(ctx: KubectlContext, parsed: ParsedArgs): Promise<number> {
  if (readBool(parsed, 'list')) return listRules(ctx, parsed);
  const [verb, target, extra] = parsed.args;
  if (!verb || !target) {
    throw new KubectlError(
      "error: you must specify two arguments: verb resource or verb resource/resourceName.\nSee 'kubectl auth can-i -h' for help and examples.",
    );
  }
  const quiet = readBool(parsed, 'quiet');
  const allNamespaces = readBool(parsed, 'all-namespaces');
  let attributes: Record<string, unknown>;
  if (target.startsWith('/')) {
    attributes = { nonResourceAttributes: { path: target, verb } };
  } else {
    const slash = target.indexOf('/');
    const typed = slash === -1 ? target : target.slice(0, slash);
    const name = slash === -1 ? (extra ?? '') : target.slice(slash + 1);
    const found = findResource(await ctx.resources(), typed);
    if (!found && !quiet)
      ctx.err(`Warning: the server doesn't have a resource type '${typed}'\n\n`);
    const [resource, ...groupParts] = typed.split('.');
    attributes = {
      resourceAttributes: {
        namespace: allNamespaces ? '' : ctx.namespace,
        verb,
        group: found ? found.group : groupParts.join('.'),
        resource: found ? found.resource : resource,
        subresource: readString(parsed, 'subresource') ?? '',
        name,
      },
    };
  }
  const review = await createObject(
    ctx.connection,
    { ...reviews, resource: 'selfsubjectaccessreviews' },
    {
      apiVersion: 'authorization.k8s.io/v1',
      kind: 'SelfSubjectAccessReview',
      metadata: {},
      spec: attributes,
    } as never,
  );
  const status = (review.status ?? {}) as {
    allowed?: boolean;
    reason?: string;
    evaluationError?: string;
  };
  if (!quiet) ctx.out(status.allowed ? 'yes\n' : 'no\n');
  return status.allowed ? 0 : 1;
}

type Rule = {
  verbs?: string[];
  apiGroups?: string[];
  resources?: string[];
  resourceNames?: string[];
};
type NonResourceRule = { verbs?: string[]; nonResourceURLs?: string[] };

async function listRules(ctx: KubectlContext, parsed: ParsedArgs): Promise<number> {
  const review = await createObject(
    ctx.connection,
    { ...reviews, resource: 'selfsubjectrulesreviews' },
    {
      apiVersion: 'authorization.k8s.io/v1',
      kind: 'SelfSubjectRulesReview',
      metadata: {},
      spec: { namespace: ctx.namespace },
    } as never,
  );
  const status = (review.status ?? {}) as {
    resourceRules?: Rule[];
    nonResourceRules?: NonResourceRule[];
  };
  const rows: string[][] = [];
  for (const rule of status.resourceRules ?? []) {
    for (const group of rule.apiGroups ?? ['']) {
      for (const resource of rule.resources ?? []) {
        rows.push([
          group ? `${resource}.${group}` : resource,
          '[]',
          `[${(rule.resourceNames ?? []).join(' ')}]`,
          `[${(rule.verbs ?? []).join(' ')}]`,
        ]);
      }
    }
  }
  for (const rule of status.nonResourceRules ?? []) {
    rows.push([
      '',
      `[${(rule.nonResourceURLs ?? []).join(' ')}]`,
      '[]',
      `[${(rule.verbs ?? []).join(' ')}]`,
    ]);
  }
  rows.sort((a, b) => a[0]!.localeCompare(b[0]!));
  const header = ['Resources', 'Non-Resource URLs', 'Resource Names', 'Verbs'];
  ctx.out(formatColumns(readBool(parsed, 'no-headers') ? rows : [header, ...rows]));
  return 0;
}
