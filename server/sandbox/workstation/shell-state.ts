/**
 * The serializable state of a workstation shell, so the sandbox can persist it across a server
 * restart: files, variables (and which are exported), cwd, function definitions, `$?`, history.
 */
import { HOME, createLoginEnvironment } from './home/home-layout';

export type ShellState = {
  variables: Record<string, string>;
  exported: string[];
  cwd: string;
  /** Function name → its definition's source text, replayed before every command line. */
  functions: Record<string, string>;
  lastStatus: number;
};

export type FileEntrySnapshot =
  | { path: string; kind: 'directory'; mode: number }
  | { path: string; kind: 'file'; mode: number; base64: string }
  | { path: string; kind: 'symlink'; target: string };

export type ShellSnapshot = {
  version: 1;
  shell: ShellState;
  history: string[];
  files: FileEntrySnapshot[];
};

export function createShellState(): ShellState {
  const variables = { ...createLoginEnvironment(), PWD: HOME, OLDPWD: HOME };
  return {
    variables,
    exported: Object.keys(variables),
    cwd: HOME,
    functions: {},
    lastStatus: 0,
  };
}

function isRecordOfStrings(value: unknown): value is Record<string, string> {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.values(value).every((item) => typeof item === 'string')
  );
}

/** Checks a snapshot read back from storage; throws with what is wrong. */
export function assertShellSnapshot(value: unknown): asserts value is ShellSnapshot {
  const snapshot = value as Partial<ShellSnapshot> | null;
  if (!snapshot || snapshot.version !== 1)
    throw new Error('workstation snapshot: unsupported version');
  const shell = snapshot.shell;
  if (!shell || !isRecordOfStrings(shell.variables) || !isRecordOfStrings(shell.functions)) {
    throw new Error(
      'workstation snapshot: shell.variables and shell.functions must map names to strings',
    );
  }
  if (typeof shell.cwd !== 'string' || !shell.cwd.startsWith('/')) {
    throw new Error('workstation snapshot: shell.cwd must be an absolute path');
  }
  if (!Array.isArray(shell.exported) || typeof shell.lastStatus !== 'number') {
    throw new Error(
      'workstation snapshot: shell.exported must be a list and shell.lastStatus a number',
    );
  }
  if (!Array.isArray(snapshot.history) || !Array.isArray(snapshot.files)) {
    throw new Error('workstation snapshot: history and files must be lists');
  }
}
