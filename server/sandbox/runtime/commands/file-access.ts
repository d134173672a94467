/**
 * Opening files and directories of the simulated filesystem with the error wording of the
 * image's userland: busybox says `can't open 'x'`, GNU coreutils says `x:`.
 */

import { canRead, resolvePath } from '../filesystem';
import type { ContainerProcess, FileNode } from '../types';

export type OpenResult =
  | { ok: true; path: string; node: FileNode }
  | { ok: false; path: string; reason: 'No such file or directory' | 'Permission denied' };

export function openPath(proc: ContainerProcess, name: string): OpenResult {
  const path = resolvePath(proc.cwd, name);
  const node = proc.files.get(path);
  if (!node) return { ok: false, path, reason: 'No such file or directory' };
  if (!canRead(proc, node)) return { ok: false, path, reason: 'Permission denied' };
  return { ok: true, path, node };
}
