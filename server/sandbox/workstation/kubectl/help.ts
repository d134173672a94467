/**
 * Short help texts: the command list for `kubectl` / `kubectl --help`, and usage lines for
 * `kubectl <command> --help`.
 */
import { commands, isGroup, type Command, type CommandGroup } from './command-table';

const usages: Record<string, string> = {
  get: 'kubectl get [(-o|--output=)json|yaml|name|wide|jsonpath=...|custom-columns=...] (TYPE[.VERSION][.GROUP] [NAME | -l label] | TYPE[.VERSION][.GROUP]/NAME ...) [flags]',
  describe: 'kubectl describe (-f FILENAME | TYPE [NAME_PREFIX | -l label] | TYPE/NAME)',
  apply: 'kubectl apply (-f FILENAME | -f -) [flags]',
  create: 'kubectl create -f FILENAME [flags]',
  replace: 'kubectl replace -f FILENAME',
  delete: 'kubectl delete ([-f FILENAME] | TYPE [(NAME | -l label | --all)])',
  exec: 'kubectl exec (POD | TYPE/NAME) [-c CONTAINER] [flags] -- COMMAND [args...]',
  logs: 'kubectl logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]',
  'api-resources': 'kubectl api-resources [flags]',
  version: 'kubectl version [flags]',
  'create namespace': 'kubectl create namespace NAME [--dry-run=server|client|none]',
  'create serviceaccount': 'kubectl create serviceaccount NAME [--dry-run=server|client|none]',
  'create secret generic':
    'kubectl create secret generic NAME [--type=string] [--from-file=[key=]source] [--from-literal=key1=value1]',
  'create secret docker-registry':
    'kubectl create secret docker-registry NAME --docker-username=user --docker-password=password --docker-email=email [--docker-server=string]',
  'rollout status': 'kubectl rollout status (TYPE NAME | TYPE/NAME) [flags]',
  'rollout restart': 'kubectl rollout restart RESOURCE',
  'rollout history': 'kubectl rollout history (TYPE NAME | TYPE/NAME) [flags]',
  'auth can-i': 'kubectl auth can-i VERB [TYPE | TYPE/NAME | NONRESOURCEURL]',
  'config view': 'kubectl config view [flags]',
  'config set-context': 'kubectl config set-context [NAME | --current] [--namespace=namespace]',
};

/** Help for a command path (empty for the top level). */
export function formatHelp(path: string[]): string {
  if (path.length === 0) {
    const lines = Object.entries(commands).map(
      ([name, entry]) => `  ${name.padEnd(15)}${entry.summary ?? ''}`,
    );
    return `kubectl controls the workshop's Kubernetes cluster.\n\nAvailable Commands:\n${lines.join('\n')}\n\nUsage:\n  kubectl [flags] [options]\n\nUse "kubectl <command> --help" for more information about a given command.\n`;
  }
  let entry: Command | CommandGroup | undefined = commands[path[0]!];
  for (const part of path.slice(1))
    entry = entry && isGroup(entry) ? entry.subcommands[part] : undefined;
  const key = path.join(' ');
  if (entry && isGroup(entry)) {
    const subs = Object.keys(entry.subcommands)
      .map((s) => `  ${s}`)
      .join('\n');
    const usage = usages[key] ? `\nUsage:\n  ${usages[key]}\n` : '';
    return `Available Commands:\n${subs}\n${usage}\nUsage:\n  kubectl ${key} SUBCOMMAND [options]\n`;
  }
  return `Usage:\n  ${usages[key] ?? `kubectl ${key} [flags]`}\n`;
}
