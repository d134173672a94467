/**
 * Lesson commands as a learner types them on a real cluster: the lesson's namespace becomes the
 * learner's own, and the steps that create or delete that namespace say why they are not needed
 * there (the workshop made the namespace and removes it when the session ends). Pure functions.
 */

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

const createNamespace = /\bkubectl\s+create\s+(?:namespace|ns)\b/;
const deleteNamespace = /\bkubectl\s+delete\s+(?:namespaces?|ns)\b/;

/** Renders a lesson command for the learner and explains the namespace steps. */
export function adaptCommandForLearner(
  command: string,
  namespace: string,
  lessonNamespace = LESSON_NAMESPACE,
): AdaptedCommand {
  const rendered = renderCommandForLearner(command, namespace, lessonNamespace);
  if (createNamespace.test(command)) {
    return {
      command: rendered,
      note:
        `Your workspace namespace "${namespace}" already exists: the workshop created it for you ` +
        'when you joined, so skip this step (on this cluster it would answer that the namespace ' +
        'already exists, or that you may not create namespaces).',
    };
  }
  if (deleteNamespace.test(command)) {
    return {
      command: rendered,
      note:
        `The workshop deletes "${namespace}" for you when your session ends; you may not delete ` +
        'it yourself on this cluster. To clean up now, delete what you created in it, e.g. ' +
        '`kubectl delete deployment --all` and `kubectl delete serviceaccount cfos-serviceaccount`.',
    };
  }
  return { command: rendered };
}
