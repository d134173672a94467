/**
 * The learners' workstation shells (files, variables, history) live beside their clusters: this
 * wires the workstation program into the runtime and keeps the shells in
 * `<dataDir>/sandbox/.workstations.json`, saved periodically and on shutdown, restored at start.
 */
import { readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ImageProgram } from '../runtime/process';
import { createWorkstationProgram, createWorkstationSessions } from '../workstation';
import type { WorkstationSessions } from '../workstation';

const SAVE_EVERY_MS = 15_000;

export type WorkstationShells = {
  program: ImageProgram;
  /** Drops the shell of a workstation pod that no longer exists. */
  forget(podUid: string): void;
  save(): Promise<void>;
  stop(): Promise<void>;
};

export async function createWorkstationShells(dir: string | undefined): Promise<WorkstationShells> {
  const sessions: WorkstationSessions = createWorkstationSessions();
  const file = dir ? path.join(dir, '.workstations.json') : undefined;
  if (file) {
    try {
      await sessions.restore(JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') {
        console.error(`sandbox: workstation shells not restored: ${(err as Error).message}`);
      }
    }
  }
  let last = '';
  async function writeSnapshot() {
    if (!file) return;
    const text = JSON.stringify(await sessions.snapshot());
    if (text === last) return;
    await writeFile(`${file}.tmp`, text, { mode: 0o600 });
    await rename(`${file}.tmp`, file);
    last = text;
  }
  // Saves run one after another: a slow save under load must not share the temporary file with
  // the next one (the second rename would find it gone).
  let queue: Promise<void> = Promise.resolve();
  function save(): Promise<void> {
    const next = queue.then(writeSnapshot, writeSnapshot);
    queue = next.catch(() => undefined);
    return next;
  }
  const timer = file
    ? setInterval(
        () => save().catch((e: unknown) => console.error('sandbox: shell save failed:', e)),
        SAVE_EVERY_MS,
      )
    : undefined;
  timer?.unref();
  return {
    program: createWorkstationProgram({ sessions }),
    forget: (uid) => void sessions.delete(uid),
    save,
    async stop() {
      clearInterval(timer);
      await save();
    },
  };
}
