/**
 * The workstation shells of all learners, by key (the workstation pod's uid). A second exec into
 * the same pod — a reconnect, another tab — gets the same files, variables, cwd and history. The
 * whole registry can be snapshotted to JSON and restored after a server restart.
 */
import type { ExecRequest } from '../runtime/process';
import { runKubectl as realRunKubectl } from './kubectl';
import type { RunKubectl } from './kubectl/environment';
import { DEFAULT_LIMITS, type ShellLimits } from './limits';
import { createShellSession, type ShellSession } from './shell-session';
import { assertShellSnapshot, type ShellSnapshot } from './shell-state';

export type WorkstationSessions = {
  /** The shell for `key`, created on first use. */
  open(key: string): Promise<ShellSession>;
  has(key: string): boolean;
  /** Forgets a workstation (its pod was deleted). */
  delete(key: string): boolean;
  keys(): string[];
  snapshot(): Promise<Record<string, ShellSnapshot>>;
  /** Replaces or adds the given shells; throws on a malformed snapshot and restores none. */
  restore(snapshots: Record<string, unknown>): Promise<void>;
};

/** One shell per workstation pod: its uid, else the pod's cluster token, namespace and name. */
export function workstationSessionKey(request: ExecRequest): string {
  const { metadata } = request.pod;
  if (metadata.uid) return metadata.uid;
  return `${request.cluster?.token ?? ''}|${metadata.namespace ?? 'default'}/${metadata.name}`;
}

export function createWorkstationSessions(
  settings: { runKubectl?: RunKubectl; limits?: Partial<ShellLimits> } = {},
): WorkstationSessions {
  const options = {
    runKubectl: settings.runKubectl ?? realRunKubectl,
    limits: { ...DEFAULT_LIMITS, ...settings.limits },
  };
  const sessions = new Map<string, Promise<ShellSession>>();
  return {
    open(key) {
      let session = sessions.get(key);
      if (!session) {
        session = createShellSession(options);
        sessions.set(key, session);
      }
      return session;
    },
    has: (key) => sessions.has(key),
    delete: (key) => sessions.delete(key),
    keys: () => [...sessions.keys()],
    async snapshot() {
      const result: Record<string, ShellSnapshot> = {};
      for (const [key, session] of sessions) result[key] = await (await session).snapshot();
      return result;
    },
    async restore(snapshots) {
      for (const [key, snapshot] of Object.entries(snapshots)) {
        try {
          assertShellSnapshot(snapshot);
        } catch (error) {
          throw new Error(`${(error as Error).message} (key ${JSON.stringify(key)})`);
        }
      }
      const restored = await Promise.all(
        Object.entries(snapshots).map(
          async ([key, snapshot]) =>
            [
              key,
              await createShellSession({ ...options, snapshot: snapshot as ShellSnapshot }),
            ] as const,
        ),
      );
      for (const [key, session] of restored) sessions.set(key, Promise.resolve(session));
    },
  };
}
