/**
 * Every open terminal, per learner. A reconnecting browser finds its shell here by session id, and
 * only among its own learner's sessions, so an id from someone else opens nothing of theirs.
 *
 * Each browser tab has its own session (its own shell), the way each terminal window on a
 * machine is its own shell: their keystrokes and sizes never fight. Tabs of one learner share the
 * workstation itself (files, cluster space). A learner may hold a few sessions at once; past the
 * limit the one detached the longest is closed to make room.
 */
import { randomUUID } from 'node:crypto';
import type { ExecTarget, OpenExec } from '../cluster/exec';
import { TerminalSession } from './session';
import type { TerminalSize } from './terminal-output';

export type RegistryOptions = {
  /** Finds where a learner's shell runs. */
  locateWorkstation(learnerId: string): Promise<Omit<ExecTarget, 'tty'>>;
  openExec: OpenExec;
  /** Sessions one learner may hold at once. */
  maxSessionsPerLearner: number;
  historyChars: number;
  graceMs: number;
  idleMs: number;
};

export type OpenResult =
  { ok: true; session: TerminalSession; created: boolean } | { ok: false; message: string };

export type SessionRegistry = {
  /** Finds the learner's session `sessionId`, or starts a new one. */
  open(learnerId: string, sessionId: string | null, size: TerminalSize): OpenResult;
  /** Sessions currently held (all learners). */
  count(): number;
  /** Ends every session, e.g. when the site shuts down. */
  closeAll(message: string): void;
};

export function createSessionRegistry(options: RegistryOptions): SessionRegistry {
  const byLearner = new Map<string, Map<string, TerminalSession>>();

  const forget = (session: TerminalSession) => {
    const sessions = byLearner.get(session.learnerId);
    sessions?.delete(session.id);
    if (sessions?.size === 0) byLearner.delete(session.learnerId);
  };

  const makeRoom = (sessions: Map<string, TerminalSession>): boolean => {
    if (sessions.size < options.maxSessionsPerLearner) return true;
    const detached = [...sessions.values()]
      .filter((s) => !s.attached)
      .sort((a, b) => (a.detachedAt ?? 0) - (b.detachedAt ?? 0));
    const oldest = detached[0];
    if (!oldest) return false;
    oldest.end('limit', 'This terminal was closed to make room for a new one.');
    return sessions.size < options.maxSessionsPerLearner;
  };

  return {
    open(learnerId, sessionId, size) {
      const sessions = byLearner.get(learnerId) ?? new Map<string, TerminalSession>();
      const existing = sessionId ? sessions.get(sessionId) : undefined;
      if (existing && existing.currentState !== 'ended') {
        return { ok: true, session: existing, created: false };
      }
      if (!makeRoom(sessions)) {
        return {
          ok: false,
          message: `You already have ${options.maxSessionsPerLearner} terminals open; close one and try again.`,
        };
      }
      const session = new TerminalSession({
        id: randomUUID(),
        learnerId,
        locate: async () => ({ ...(await options.locateWorkstation(learnerId)), tty: true }),
        openExec: options.openExec,
        size,
        historyChars: options.historyChars,
        graceMs: options.graceMs,
        idleMs: options.idleMs,
        onEnd: forget,
      });
      sessions.set(session.id, session);
      byLearner.set(learnerId, sessions);
      void session.start();
      return { ok: true, session, created: true };
    },
    count() {
      let total = 0;
      for (const sessions of byLearner.values()) total += sessions.size;
      return total;
    },
    closeAll(message) {
      for (const sessions of [...byLearner.values()]) {
        for (const session of [...sessions.values()]) session.end('shutdown', message);
      }
    },
  };
}
