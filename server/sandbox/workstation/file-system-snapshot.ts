/**
 * The workstation's in-memory filesystem: a fresh one (home files and /tmp), and a plain-JSON copy
 * of what the learner made, restorable after a server restart. The command stubs just-bash lays
 * out itself (/bin, /usr/bin, /dev, /proc) are left out of snapshots.
 */
import { InMemoryFs } from 'just-bash';
import type { IFileSystem } from 'just-bash';
import { createHomeFiles } from './home/home-layout';
import type { FileEntrySnapshot } from './shell-state';

const GENERATED = ['/bin', '/usr/bin', '/dev', '/proc'];

function isGenerated(path: string): boolean {
  return path === '/' || GENERATED.some((root) => path === root || path.startsWith(`${root}/`));
}

export function createFileSystem(maxTotalBytes: number): InMemoryFs {
  const fs = new InMemoryFs(createHomeFiles(), { maxTotalBytes });
  fs.mkdirSync('/tmp', { recursive: true });
  return fs;
}

function bytesToBase64(bytes: string): string {
  return btoa(bytes);
}

function base64ToBytes(base64: string): Uint8Array {
  return Uint8Array.from(atob(base64), (ch) => ch.charCodeAt(0));
}

export async function snapshotFileSystem(fs: IFileSystem): Promise<FileEntrySnapshot[]> {
  const entries: FileEntrySnapshot[] = [];
  for (const path of fs.getAllPaths().sort()) {
    if (isGenerated(path)) continue;
    const stat = await fs.lstat(path);
    if (stat.isSymbolicLink)
      entries.push({ path, kind: 'symlink', target: await fs.readlink(path) });
    else if (stat.isDirectory) entries.push({ path, kind: 'directory', mode: stat.mode });
    else {
      const bytes = fs.readFileBytes ? await fs.readFileBytes(path) : '';
      entries.push({ path, kind: 'file', mode: stat.mode, base64: bytesToBase64(bytes as string) });
    }
  }
  return entries;
}

export async function restoreFileSystem(
  entries: FileEntrySnapshot[],
  maxTotalBytes: number,
): Promise<InMemoryFs> {
  const fs = new InMemoryFs({}, { maxTotalBytes });
  for (const entry of entries) {
    if (isGenerated(entry.path) || !entry.path.startsWith('/')) continue;
    if (entry.kind === 'directory') {
      fs.mkdirSync(entry.path, { recursive: true });
      await fs.chmod(entry.path, entry.mode);
    } else if (entry.kind === 'file') {
      fs.writeFileSync(entry.path, base64ToBytes(entry.base64), undefined, { mode: entry.mode });
    } else {
      await fs.symlink(entry.target, entry.path);
    }
  }
  return fs;
}
