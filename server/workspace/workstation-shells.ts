/**
 * The sandbox workstations' shells, kept across restarts: every learner's files, variables, cwd
 * and history are snapshotted to `<dataDir>/workstations.json` every few seconds and on shutdown,
 * and restored at start. The editor reaches the same shells, so it edits the files the terminal sees.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ImageProgram } from '../sandbox/runtime/process';
import {
  createWorkstationProgram,
  createWorkstationSessions,
  type WorkstationSessions,
} from '../sandbox/workstation';

export type WorkstationShells = {
  program: ImageProgram;
  sessions: WorkstationSessions;
  /** Writes the snapshot now. */
  flush(): Promise<void>;
  /** Stops the periodic snapshots after a final one. */
  close(): Promise<void>;
};

const SNAPSHOT_FILE = 'workstations.json';

export async function startWorkstationShells(options: {
  dataDir?: string;
  intervalMs?: number;
}): Promise<WorkstationShells> {
  const sessions = createWorkstationSessions();
  const file = options.dataDir ? path.join(options.dataDir, SNAPSHOT_FILE) : null;
  if (file) await restoreFrom(file, sessions);

  let writing: Promise<void> = Promise.resolve();
  const flush = () => {
    if (!file) return Promise.resolve();
    // Snapshots are written one after another, each to a temporary file then renamed, so a crash
    // mid-write leaves the previous complete snapshot in place.
    writing = writing.then(async () => {
      const snapshot = await sessions.snapshot();
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(`${file}.tmp`, JSON.stringify(snapshot));
      await rename(`${file}.tmp`, file);
    });
    return writing.catch((err: unknown) => console.error('saving workstation shells:', err));
  };
  const timer = file ? setInterval(() => void flush(), options.intervalMs ?? 5_000) : null;
  timer?.unref();

  return {
    program: createWorkstationProgram({ sessions }),
    sessions,
    flush,
    async close() {
      if (timer) clearInterval(timer);
      await flush();
    },
  };
}

async function restoreFrom(file: string, sessions: WorkstationSessions) {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return; // first start: nothing saved yet
  }
  try {
    await sessions.restore(JSON.parse(text) as Record<string, unknown>);
  } catch (err) {
    // A damaged snapshot must not keep the site from starting; shells then start fresh.
    console.error(`could not restore workstation shells from ${file}:`, err);
  }
}
