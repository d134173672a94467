/**
 * What Tab offers after `kubectl`: its commands, the subcommands of `rollout`, `config`, `create`
 * and `auth`, resource types for the verbs that take one, output formats after `-o`, and common
 * flags. Names of live objects are not completed (that would need a cluster round trip).
 */
import { commands, upstreamCommands } from './kubectl/command-table';

/**
 * The verbs the dispatch table runs, and upstream's others (they say they are not available
 * here). `help` is left out: here `kubectl help` only says that too.
 */
export const KUBECTL_COMMANDS = [...new Set([...Object.keys(commands), ...upstreamCommands])]
  .filter((verb) => verb !== 'help')
  .sort();

export const KUBECTL_RESOURCE_TYPES = [
  'clusterrolebindings',
  'clusterroles',
  'configmaps',
  'cronjobs',
  'daemonsets',
  'deployments',
  'endpoints',
  'events',
  'ingresses',
  'jobs',
  'limitranges',
  'namespaces',
  'networkpolicies',
  'nodes',
  'persistentvolumeclaims',
  'pods',
  'replicasets',
  'resourcequotas',
  'rolebindings',
  'roles',
  'secrets',
  'serviceaccounts',
  'services',
  'statefulsets',
];

const SUBCOMMANDS: Record<string, string[]> = {
  rollout: ['history', 'pause', 'restart', 'resume', 'status', 'undo'],
  config: [
    'current-context',
    'delete-cluster',
    'delete-context',
    'delete-user',
    'get-clusters',
    'get-contexts',
    'get-users',
    'rename-context',
    'set',
    'set-cluster',
    'set-context',
    'set-credentials',
    'unset',
    'use-context',
    'view',
  ],
  create: [
    'clusterrole',
    'clusterrolebinding',
    'configmap',
    'cronjob',
    'deployment',
    'ingress',
    'job',
    'namespace',
    'poddisruptionbudget',
    'priorityclass',
    'quota',
    'role',
    'rolebinding',
    'secret',
    'service',
    'serviceaccount',
    'token',
  ],
  auth: ['can-i', 'reconcile', 'whoami'],
};

const TAKES_RESOURCE = new Set([
  'get',
  'describe',
  'delete',
  'edit',
  'label',
  'annotate',
  'patch',
  'explain',
  'wait',
  'scale',
  'rollout',
  'events',
  'set',
]);

const ROLLOUT_RESOURCES = ['daemonset', 'deployment', 'statefulset'];

export const KUBECTL_FLAGS = [
  '--all-namespaces',
  '--container=',
  '--dry-run=client',
  '--dry-run=server',
  '--filename=',
  '--help',
  '--namespace=',
  '--output=',
  '--selector=',
  '--show-labels',
  '--stdin',
  '--tty',
  '--watch',
];

/** Flags whose value is the next word (so it is not a positional argument). */
const VALUE_FLAGS = new Set([
  '-n',
  '--namespace',
  '-f',
  '--filename',
  '-o',
  '--output',
  '-l',
  '--selector',
  '-c',
  '--container',
  '--context',
  '--kubeconfig',
  '--field-selector',
  '-p',
  '--patch',
  '--type',
  '--for',
  '--timeout',
]);

export const OUTPUT_FORMATS = ['json', 'yaml', 'wide', 'name', 'jsonpath=', 'custom-columns='];

export type KubectlCompletion =
  { kind: 'words'; words: string[] } | { kind: 'files' } | { kind: 'none' };

/**
 * What to offer for the word being typed, given the words already typed after `kubectl`
 * (unquoted, flags included).
 */
export function completeKubectl(previous: string[], current: string): KubectlCompletion {
  const last = previous.at(-1);
  if (last === '-f' || last === '--filename') return { kind: 'files' };
  if (current.startsWith('--filename=')) return { kind: 'files' };
  if (last === '-o' || last === '--output') return { kind: 'words', words: OUTPUT_FORMATS };
  if (last && VALUE_FLAGS.has(last)) return { kind: 'none' };
  if (current.startsWith('-')) return { kind: 'words', words: KUBECTL_FLAGS };
  const positional: string[] = [];
  for (let i = 0; i < previous.length; i += 1) {
    const word = previous[i]!;
    if (word === '--') return { kind: 'files' };
    if (word.startsWith('-')) {
      if (VALUE_FLAGS.has(word)) i += 1;
      continue;
    }
    positional.push(word);
  }
  const [verb, second] = positional;
  if (verb === undefined) return { kind: 'words', words: KUBECTL_COMMANDS };
  const sub = SUBCOMMANDS[verb];
  if (sub && positional.length === 1) return { kind: 'words', words: sub };
  if (verb === 'rollout' && second && positional.length === 2)
    return { kind: 'words', words: ROLLOUT_RESOURCES };
  if (TAKES_RESOURCE.has(verb) && positional.length === 1)
    return { kind: 'words', words: KUBECTL_RESOURCE_TYPES };
  if (verb === 'apply' || verb === 'replace' || verb === 'diff') return { kind: 'files' };
  return { kind: 'none' };
}
