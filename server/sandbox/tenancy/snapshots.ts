/**
 * Snapshots of learner clusters on disk (`<dataDir>/sandbox/<learner>.json`): written after
 * changes (debounced) and on shutdown, atomically (temp file + rename), and read back at start
 * so a restart of the site loses no learner's work.
 */
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { StoreSnapshot } from '../store/object-store';

export type LearnerSnapshot = {
  version: 1;
  learnerId: string;
  tokenHashes: string[];
  workstationToken: string;
  store: StoreSnapshot;
};

function fileFor(dir: string, learnerId: string) {
  return path.join(dir, `${encodeURIComponent(learnerId).replace(/\./g, '%2E')}.json`);
}

export async function saveSnapshot(dir: string, snapshot: LearnerSnapshot) {
  await mkdir(dir, { recursive: true });
  const file = fileFor(dir, snapshot.learnerId);
  const temp = `${file}.${process.pid}.tmp`;
  await writeFile(temp, JSON.stringify(snapshot));
  await rename(temp, file);
}

export async function removeSnapshot(dir: string, learnerId: string) {
  await rm(fileFor(dir, learnerId), { force: true });
}

export async function loadSnapshots(dir: string): Promise<LearnerSnapshot[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return [];
  }
  const out: LearnerSnapshot[] = [];
  for (const name of names.filter((n) => n.endsWith('.json') && !n.startsWith('.'))) {
    try {
      const parsed = JSON.parse(await readFile(path.join(dir, name), 'utf8')) as LearnerSnapshot;
      if (parsed.version === 1 && typeof parsed.learnerId === 'string' && parsed.store)
        out.push(parsed);
      else console.error(`sandbox: ignoring snapshot ${name}: unknown format`);
    } catch (err) {
      console.error(`sandbox: ignoring unreadable snapshot ${name}: ${(err as Error).message}`);
    }
  }
  return out;
}
