/**
 * Every kubectl command this workstation knows, with its flags and handler. Names of kubectl
 * commands that exist upstream but not here are listed so they fail with a clear message (and
 * so typos get kubectl's "Did you mean this?" suggestions).
 */
import type { FlagSpec, ParsedArgs } from './args';
import type { KubectlContext } from './context';
import { apiResourcesFlags, runApiResources } from './commands/api-resources';
import { applyFlags, runApply } from './commands/apply';
import { canIFlags, runCanI } from './commands/auth';
import {
  configViewFlags,
  getContextsFlags,
  runConfigView,
  runCurrentContext,
  runGetContexts,
  runSetContext,
  runUseContext,
  setContextFlags,
} from './commands/config';
import { createFlags, runCreateFromFiles } from './commands/create';
import {
  createConfigMapFlags,
  createNamespaceFlags,
  createSecretDockerFlags,
  createSecretGenericFlags,
  createServiceAccountFlags,
  runCreateConfigMap,
  runCreateNamespace,
  runCreateSecretDockerRegistry,
  runCreateSecretGeneric,
  runCreateServiceAccount,
} from './commands/create-kinds';
import { deleteFlags, runDelete } from './commands/delete';
import { describeFlags, runDescribe } from './commands/describe';
import { execFlags, runExec } from './commands/exec';
import { getFlags, runGet } from './commands/get';
import { logsFlags, runLogs } from './commands/logs';
import { replaceFlags, runReplace } from './commands/replace';
import {
  rolloutHistoryFlags,
  rolloutRestartFlags,
  rolloutStatusFlags,
  runRolloutHistory,
  runRolloutRestart,
  runRolloutStatus,
} from './commands/rollout';
import { runVersion, versionFlags } from './commands/version';

export type Command = {
  flags: FlagSpec[];
  run(ctx: KubectlContext, parsed: ParsedArgs): Promise<number>;
  /** One line for `kubectl --help`. */
  summary?: string;
};

export type CommandGroup = {
  subcommands: Record<string, Command | CommandGroup>;
  /** Runs when no subcommand is named (`kubectl create -f`). */
  fallback?: Command;
  summary?: string;
};

export const commands: Record<string, Command | CommandGroup> = {
  get: { flags: getFlags, run: runGet, summary: 'Display one or many resources' },
  describe: {
    flags: describeFlags,
    run: runDescribe,
    summary: 'Show details of a specific resource or group of resources',
  },
  apply: {
    flags: applyFlags,
    run: runApply,
    summary: 'Apply a configuration to a resource by file name or stdin',
  },
  create: {
    summary: 'Create a resource from a file or from stdin',
    fallback: { flags: createFlags, run: runCreateFromFiles },
    subcommands: {
      namespace: { flags: createNamespaceFlags, run: runCreateNamespace },
      ns: { flags: createNamespaceFlags, run: runCreateNamespace },
      serviceaccount: { flags: createServiceAccountFlags, run: runCreateServiceAccount },
      sa: { flags: createServiceAccountFlags, run: runCreateServiceAccount },
      configmap: { flags: createConfigMapFlags, run: runCreateConfigMap },
      cm: { flags: createConfigMapFlags, run: runCreateConfigMap },
      secret: {
        subcommands: {
          generic: { flags: createSecretGenericFlags, run: runCreateSecretGeneric },
          'docker-registry': { flags: createSecretDockerFlags, run: runCreateSecretDockerRegistry },
        },
      },
    },
  },
  replace: {
    flags: replaceFlags,
    run: runReplace,
    summary: 'Replace a resource by file name or stdin',
  },
  delete: {
    flags: deleteFlags,
    run: runDelete,
    summary:
      'Delete resources by file names, stdin, resources and names, or by resources and label selector',
  },
  rollout: {
    summary: 'Manage the rollout of a resource',
    subcommands: {
      status: { flags: rolloutStatusFlags, run: runRolloutStatus },
      restart: { flags: rolloutRestartFlags, run: runRolloutRestart },
      history: { flags: rolloutHistoryFlags, run: runRolloutHistory },
    },
  },
  exec: { flags: execFlags, run: runExec, summary: 'Execute a command in a container' },
  logs: { flags: logsFlags, run: runLogs, summary: 'Print the logs for a container in a pod' },
  auth: {
    summary: 'Inspect authorization',
    subcommands: { 'can-i': { flags: canIFlags, run: runCanI } },
  },
  config: {
    summary: 'Modify kubeconfig files',
    subcommands: {
      view: { flags: configViewFlags, run: runConfigView },
      'set-context': { flags: setContextFlags, run: runSetContext },
      'current-context': { flags: [], run: runCurrentContext },
      'get-contexts': { flags: getContextsFlags, run: runGetContexts },
      'use-context': { flags: [], run: runUseContext },
    },
  },
  'api-resources': {
    flags: apiResourcesFlags,
    run: runApiResources,
    summary: 'Print the supported API resources on the server',
  },
  version: {
    flags: versionFlags,
    run: runVersion,
    summary: 'Print the client and server version information',
  },
};

/** Upstream kubectl commands (for suggestions and "not available here" messages). */
export const upstreamCommands = [
  'annotate',
  'api-resources',
  'api-versions',
  'apply',
  'attach',
  'auth',
  'autoscale',
  'certificate',
  'cluster-info',
  'completion',
  'config',
  'cordon',
  'cp',
  'create',
  'debug',
  'delete',
  'describe',
  'diff',
  'drain',
  'edit',
  'events',
  'exec',
  'explain',
  'expose',
  'get',
  'help',
  'kustomize',
  'label',
  'logs',
  'options',
  'patch',
  'plugin',
  'port-forward',
  'proxy',
  'replace',
  'rollout',
  'run',
  'scale',
  'set',
  'taint',
  'top',
  'uncordon',
  'version',
  'wait',
];

export function isGroup(entry: Command | CommandGroup): entry is CommandGroup {
  return 'subcommands' in entry;
}
