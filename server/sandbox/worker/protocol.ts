/**
 * Messages between the site's thread and the sandbox worker (server/sandbox/worker): calls to
 * the Sandbox's methods, answered by id, and exec openings, each with a port of its own.
 */
import type { MessagePort } from 'node:worker_threads';
import type { SandboxOptions } from '../index';
import type { ExecOpening } from './exec-port';

/** The options that can cross a thread (a custom runtime cannot). */
export type WorkerSandboxOptions = Omit<SandboxOptions, 'runtime'>;

export type SandboxCall =
  | { method: 'provisionLearnerCluster'; learnerId: string }
  | { method: 'deleteLearnerCluster'; learnerId: string }
  | { method: 'resetLearnerCluster'; learnerId: string }
  | { method: 'close' };

export type ToWorker =
  | { type: 'call'; id: number; call: SandboxCall }
  | { type: 'exec'; opening: ExecOpening; port: MessagePort };

export type FromWorker =
  | { type: 'ready'; url: string; adminKubeconfig: string }
  | { type: 'start-failed'; message: string; code?: string }
  | { type: 'reply'; id: number; ok: true; value: unknown }
  | { type: 'reply'; id: number; ok: false; message: string };
