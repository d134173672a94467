/**
 * Lesson commands as a learner types them on a real cluster: the lesson's namespace becomes the
 * learner's own, and the steps that create or delete that namespace are replaced by what the
 * learner can do there (the workshop made the namespace and removes it when the session ends).
 * Pure functions with no Node imports: the lesson page runs them in the browser.
 */
import { DEPLOYMENT, PULL_SECRET } from '../checks/cfos-lab/constants';
import type { WorkspaceSummary } from './cluster-commands-summary';

/** The namespace the chapter's lab names in its commands. */
export const LESSON_NAMESPACE = 'cfostest';

const NAME_END = '(?![-a-z0-9.])';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Rewrites the lesson's namespace to the learner's in namespace flags (`-n X`, `-n=X`,
 * `--namespace X`, `--namespace=X`) and in `namespace X` / `ns X` arguments. Other text that only
 * contains the name (a file called cfostest.yaml, `namespace: cfostest-old`) is left alone.
 */
export function renderCommandForLearner(
  command: string,
  namespace: string,
  lessonNamespace = LESSON_NAMESPACE,
): string {
  const name = escapeRegExp(lessonNamespace);
  const flag = new RegExp(`(^|\\s)(-n|--namespace)([=\\s]+)(["']?)${name}\\4${NAME_END}`, 'g');
  const argument = new RegExp(`(\\b(?:namespaces?|ns)\\s+)(["']?)${name}\\2${NAME_END}`, 'g');
  const resourceName = new RegExp(`(\\b(?:namespaces?|ns)/)${name}${NAME_END}`, 'g');
  return command
    .replace(
      flag,
      (_m, lead: string, option: string, sep: string, quote: string) =>
        `${lead}${option}${sep}${quote}${namespace}${quote}`,
    )
    .replace(argument, (_m, lead: string, quote: string) => `${lead}${quote}${namespace}${quote}`)
    .replace(resourceName, (_m, lead: string) => `${lead}${namespace}`);
}

export type AdaptedCommand = {
  command: string;
  /** Shown beside the step when the command behaves differently on a shared cluster. */
  note?: string;
};

/**
 * What replaces `kubectl delete namespace cfostest` in a learner's namespace: the lab's objects
 * that the service account file does not cover. The clean-up check expects exactly these gone.
 */
export function formatLabCleanUpCommand(namespace: string): string {
  return `kubectl delete deployment/${DEPLOYMENT} secret/${PULL_SECRET} --ignore-not-found -n ${namespace}`;
}

const createNamespace = /\bkubectl\s+create\s+(?:namespace|ns)\b/;
const deleteNamespace = /\bkubectl\s+delete\s+(?:namespaces?|ns)\b/;

/** A line that is nothing but `kubectl create|delete namespace <lesson namespace>`. */
function namespaceLine(verb: 'create' | 'delete', lessonNamespace: string): RegExp {
  const kinds = verb === 'create' ? 'namespace|ns' : 'namespaces?|ns';
  return new RegExp(
    `^(\\s*)kubectl\\s+${verb}\\s+(?:${kinds})\\s+(["']?)${escapeRegExp(lessonNamespace)}\\2\\s*$`,
  );
}

/**
 * Renders a lesson command for the learner. A line that creates the lesson's namespace becomes a
 * comment (the namespace exists and learners may not create namespaces); a line that deletes it
 * becomes the deletion of the lab's objects inside it (learners may not delete their namespace).
 * Either way a note says why.
 */
export function adaptCommandForLearner(
  command: string,
  namespace: string,
  lessonNamespace = LESSON_NAMESPACE,
): AdaptedCommand {
  const creates = namespaceLine('create', lessonNamespace);
  const deletes = namespaceLine('delete', lessonNamespace);
  const lines = command.split('\n').map((line) => {
    const created = creates.exec(line);
    if (created) return `${created[1]}# your namespace ${namespace} already exists`;
    const deleted = deletes.exec(line);
    if (deleted) return `${deleted[1]}${formatLabCleanUpCommand(namespace)}`;
    return renderCommandForLearner(line, namespace, lessonNamespace);
  });
  const rendered = lines.join('\n');
  if (createNamespace.test(command)) {
    return {
      command: rendered,
      note:
        `Your workspace namespace "${namespace}" already exists: the workshop created it for you ` +
        'when you joined, and learners may not create namespaces on this cluster. The command is ' +
        'left as a comment; every later step runs in your namespace.',
    };
  }
  if (deleteNamespace.test(command)) {
    return {
      command: rendered,
      note:
        `You may not delete your workspace namespace "${namespace}": the workshop deletes it when ` +
        'your session ends. Instead, this step deletes what the lab created in it: the cFOS ' +
        'Deployment (and so its pod) and the pull secret, then, through the service account file, ' +
        'the service account and its role bindings. The two ClusterRoles are shared by every ' +
        'learner on this cluster and stay.',
    };
  }
  return { command: rendered };
}

/** The command as the learner's workspace needs it: verbatim in the sandbox. */
export function adaptCommandForWorkspace(
  command: string,
  workspace: WorkspaceSummary,
): AdaptedCommand {
  return workspace.mode === 'cluster'
    ? adaptCommandForLearner(command, workspace.namespace)
    : { command };
}
