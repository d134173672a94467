/**
 * The learner's workstation files for the editor: list, read, write, and Apply with kubectl in
 * the workstation itself. Paths are relative to the learner's home and checked before they reach
 * a shell, so a path can never name anything outside it or inject a command.
 */
import { parseAllDocuments } from 'yaml';
import { startingFiles } from './starting-files';
import { runInWorkstation } from './workstation-exec';
import type { Workspaces } from './workspaces';

export const MAX_FILE_BYTES = 256 * 1024;
const MAX_LISTED = 500;
const HOME = '/home/learner';

export class WorkspaceFileError extends Error {
  constructor(
    readonly status: 400 | 404 | 413 | 422,
    message: string,
  ) {
    super(message);
  }
}

/** A home-relative path of plain names: no `..`, no hidden parts, no shell metacharacters. */
export function checkFilePath(path: string): string {
  const ok =
    path.length > 0 &&
    path.length <= 200 &&
    /^[A-Za-z0-9_][A-Za-z0-9._-]*(\/[A-Za-z0-9_][A-Za-z0-9._-]*)*$/.test(path) &&
    !path.split('/').includes('..');
  if (!ok) {
    throw new WorkspaceFileError(
      400,
      `"${path}" is not a file path in your home folder: use names of letters, digits, ".", "_" and "-", separated by "/"`,
    );
  }
  return path;
}

export type AppliedObject = {
  kind: string;
  name: string;
  namespace: string | null;
  action: 'created' | 'configured' | 'unchanged';
};

export async function listWorkstationFiles(workspaces: Workspaces, learnerId: string) {
  const run = await runInWorkstation(
    workspaces,
    learnerId,
    `cd "$HOME" && find . -type f -not -path '*/.*' | head -n ${MAX_LISTED}`,
  );
  if (run.exitCode !== 0) throw new Error(run.stderr.trim() || 'could not list your files');
  return run.stdout
    .split('\n')
    .map((line) => line.trim().replace(/^\.\//, ''))
    .filter((p) => p.length > 0)
    .sort();
}

export async function readWorkstationFile(workspaces: Workspaces, learnerId: string, path: string) {
  checkFilePath(path);
  const run = await runInWorkstation(workspaces, learnerId, `cat -- "$HOME/${path}"`);
  if (run.exitCode !== 0) {
    throw new WorkspaceFileError(404, `cat: ${path}: No such file or directory`);
  }
  return { path, content: run.stdout, starting: startingFiles()[`${HOME}/${path}`] ?? null };
}

export async function writeWorkstationFile(
  workspaces: Workspaces,
  learnerId: string,
  path: string,
  content: string,
) {
  checkFilePath(path);
  if (Buffer.byteLength(content) > MAX_FILE_BYTES) {
    throw new WorkspaceFileError(413, `the file is larger than ${MAX_FILE_BYTES / 1024} KiB`);
  }
  const dir = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '';
  const script = `${dir ? `mkdir -p -- "$HOME/${dir}" && ` : ''}cat > "$HOME/${path}"`;
  const run = await runInWorkstation(workspaces, learnerId, script, content);
  if (run.exitCode !== 0) throw new Error(run.stderr.trim() || `could not save ${path}`);
}

/**
 * Refuses manifests aimed outside the learner's space before anything runs: YAML that cannot be
 * read, and objects naming a namespace other than the lesson's.
 */
export function checkManifest(content: string, labNamespace: string, lessonNamespace: string) {
  for (const doc of parseAllDocuments(content)) {
    if (!('errors' in doc)) continue;
    const error = doc.errors[0];
    if (error) {
      const line = error.linePos?.[0]?.line;
      throw new WorkspaceFileError(
        422,
        `${line ? `line ${line}: ` : ''}${error.message.split('\n')[0]}`,
      );
    }
    const object = doc.toJS() as { metadata?: { namespace?: unknown } } | null;
    const ns = object?.metadata?.namespace;
    if (typeof ns === 'string' && ns !== labNamespace && ns !== lessonNamespace) {
      throw new WorkspaceFileError(
        422,
        `metadata.namespace "${ns}" is outside your workspace; remove it or use "${lessonNamespace}"`,
      );
    }
  }
}

const APPLIED_LINE = /^(\S+)\/(\S+) (created|configured|unchanged)( \(server dry run\))?$/;

/** Saves the file, then runs `kubectl apply` on it in the workstation (optionally a dry run). */
export async function applyWorkstationFile(
  workspaces: Workspaces,
  learnerId: string,
  input: { path: string; content: string; dryRun: boolean; lessonNamespace: string },
): Promise<{ dryRun: boolean; objects: AppliedObject[] }> {
  const { labNamespace } = await workspaces.open(learnerId);
  checkFilePath(input.path);
  checkManifest(input.content, labNamespace, input.lessonNamespace);
  await writeWorkstationFile(workspaces, learnerId, input.path, input.content);
  const dryRun = input.dryRun ? ' --dry-run=server' : '';
  const run = await runInWorkstation(
    workspaces,
    learnerId,
    `cd "$HOME" && kubectl apply -f "${input.path}" -n ${labNamespace}${dryRun}`,
  );
  if (run.exitCode !== 0) {
    throw new WorkspaceFileError(422, (run.stderr || run.stdout).trim() || 'kubectl apply failed');
  }
  const objects = run.stdout
    .split('\n')
    .map((line) => APPLIED_LINE.exec(line.trim()))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({
      kind: m[1] ?? '',
      name: m[2] ?? '',
      namespace: labNamespace,
      action: m[3] as AppliedObject['action'],
    }));
  return { dryRun: input.dryRun, objects };
}
