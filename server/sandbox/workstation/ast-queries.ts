/**
 * Questions the shell asks of just-bash's syntax tree: is there an unterminated here-document,
 * which functions does this input define or unset, and is a statement a bare `kubectl …` that
 * may own the terminal.
 */
import type { ScriptNode, StatementNode } from 'just-bash';

type AnyNode = { type?: string; [key: string]: unknown };

/** Every node (depth first) for which `match` holds; does not descend into matches. */
export function findNodes(root: unknown, match: (node: AnyNode) => boolean): AnyNode[] {
  const found: AnyNode[] = [];
  const visit = (value: unknown) => {
    if (!value || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      for (const item of value) visit(item);
      return;
    }
    const node = value as AnyNode;
    if (typeof node.type === 'string' && match(node)) {
      found.push(node);
      return;
    }
    for (const key of Object.keys(node)) visit(node[key]);
  };
  visit(root);
  return found;
}

function wordText(word: unknown): string | null {
  const parts = (word as { parts?: Array<{ type: string; value?: string }> } | null)?.parts;
  if (!parts || parts.length !== 1 || parts[0]!.type !== 'Literal') return null;
  return parts[0]!.value ?? null;
}

type SimpleCommand = {
  type: 'SimpleCommand';
  name: unknown;
  args: unknown[];
  redirections: unknown[];
  assignments: unknown[];
};

function onlyCommand(statement: StatementNode): AnyNode | null {
  if (statement.pipelines.length !== 1 || statement.background) return null;
  const pipeline = statement.pipelines[0]!;
  if (pipeline.commands.length !== 1 || pipeline.negated) return null;
  return pipeline.commands[0] as unknown as AnyNode;
}

/**
 * A statement that is exactly `kubectl …` with no pipe, redirection or `&`: its output goes to the
 * terminal, so streaming verbs (`exec -it`, `get -w`, `rollout status`) may talk to it directly.
 */
export function isForegroundKubectl(statement: StatementNode): boolean {
  const command = onlyCommand(statement) as SimpleCommand | null;
  if (!command || command.type !== 'SimpleCommand') return false;
  return wordText(command.name) === 'kubectl' && command.redirections.length === 0;
}

/**
 * A statement that is exactly `help`: just-bash answers it with its own list of builtins (which
 * a custom command cannot replace), so the shell answers it with the workstation's help instead.
 */
export function isBareHelp(statement: StatementNode): boolean {
  const command = onlyCommand(statement) as SimpleCommand | null;
  if (!command || command.type !== 'SimpleCommand') return false;
  return (
    wordText(command.name) === 'help' &&
    command.args.length === 0 &&
    command.redirections.length === 0 &&
    command.assignments.length === 0
  );
}

/** `name() { … }` statements at the top level of the input, with their source text. */
export function findFunctionDefinitions(script: ScriptNode): Map<string, string> {
  const definitions = new Map<string, string>();
  for (const statement of script.statements) {
    const command = onlyCommand(statement);
    const source = (statement as { sourceText?: string }).sourceText;
    if (command?.type === 'FunctionDef' && typeof command.name === 'string' && source) {
      definitions.set(command.name, source);
    }
  }
  return definitions;
}

/** Names removed with `unset -f name` anywhere in the input. */
export function findUnsetFunctions(script: ScriptNode): string[] {
  const names: string[] = [];
  for (const node of findNodes(script, (n) => n.type === 'SimpleCommand')) {
    const command = node as unknown as SimpleCommand;
    if (wordText(command.name) !== 'unset') continue;
    const args = command.args.map(wordText);
    if (!args.includes('-f')) continue;
    for (const arg of args) if (arg && !arg.startsWith('-')) names.push(arg);
  }
  return names;
}

/** The input contains a here-document (whose body the statement's own text does not include). */
export function hasHereDocument(script: ScriptNode): boolean {
  return findNodes(script, (node) => node.type === 'HereDoc').length > 0;
}
