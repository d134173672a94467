/**
 * Shared set-up for the terminal route's tests: a route on a loopback server with a fake exec,
 * test browsers that are cleaned up after each test, and a learner directory that names each
 * learner's namespace after them.
 */
import { afterEach } from 'vitest';
import type { ServerMessage } from '../protocol';
import type { TerminalRouteDeps, WorkstationLocation } from '../route';
import { createFakeExec } from './fake-exec';
import { startRouteHarness, type RouteHarness } from './route-harness';
import { connectTerminal, RefusedError, type TestTerminal } from './socket-client';

/** Learners whose workstation was looked up, in order. */
export const located: string[] = [];

export const locateWorkstation = async (learnerId: string): Promise<WorkstationLocation> => {
  located.push(learnerId);
  return {
    kubeconfig: 'apiVersion: v1\nkind: Config\n',
    namespace: `learner-${learnerId}`,
    pod: 'workstation',
    container: 'shell',
    command: ['bash'],
  };
};

let harness: RouteHarness | null = null;
const open: TestTerminal[] = [];

/** Starts the route with a fake exec; `options` override the route's settings. */
export async function start(options: Partial<TerminalRouteDeps> = {}) {
  const exec = createFakeExec();
  harness = await startRouteHarness({ locateWorkstation, openExec: exec.openExec, ...options });
  return { exec, harness };
}

export async function connect(url: string, headers: Record<string, string>) {
  const terminal = await connectTerminal(url, headers);
  open.push(terminal);
  return terminal;
}

/** Expects the handshake to be refused and returns the HTTP answer. */
export async function refusal(url: string, headers: Record<string, string>): Promise<RefusedError> {
  try {
    await connect(url, headers);
  } catch (err) {
    if (err instanceof RefusedError) return err;
    throw err;
  }
  throw new Error('the handshake was accepted');
}

export const isReady = (m: ServerMessage) => m.type === 'status' && m.state === 'ready';

/** Registers the clean-up; call once at the top of a test file. */
export function registerRouteCleanup() {
  afterEach(async () => {
    open.splice(0).forEach((t) => t.ws.terminate());
    await harness?.stop();
    harness = null;
    located.length = 0;
  });
}
