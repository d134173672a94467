/**
 * Integration: the terminal route on a real HTTP server, the real `ws` client as the browser, the
 * real exec adapter (client-node) into the embedded sandbox's workstation shell. Types the
 * chapter's lab and reads the cluster's answers; drops the socket mid-session and checks that
 * variables and files are still there; restarts the site's route and checks the same.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  taskSteps,
  type LabCommandName,
  type LabTaskId,
} from '@/content/kubernetes-security/07-lab-fix-cfos-boot-permissions/lab-script';
import { createSandbox, type Sandbox } from '@/server/sandbox';
import { createContainerRuntime } from '@/server/sandbox/runtime';
import { createWorkstationProgram } from '@/server/sandbox/workstation';
import type { WorkstationLocation } from './route';
import { startRouteHarness, type RouteHarness } from './testing/route-harness';
import { connectTerminal, runLine, type TestTerminal } from './testing/socket-client';

const PROMPT = 'learner@workstation:~$ ';
const LEARNER = `terminal-it-${process.pid}`;

let sandbox: Sandbox;
let harness: RouteHarness;
let kubeconfig: string;

const locateWorkstation = async (learnerId: string): Promise<WorkstationLocation> => {
  if (learnerId !== LEARNER) throw new Error(`no workstation for ${learnerId}`);
  return {
    kubeconfig,
    namespace: 'workstation',
    pod: 'workstation',
    container: 'shell',
    command: ['bash'],
  };
};

beforeAll(async () => {
  sandbox = await createSandbox({
    port: 0,
    runtime: createContainerRuntime({
      images: { 'workshop/workstation': createWorkstationProgram() },
    }),
    clusterOptions: {
      timing: { pullMs: 20, startMs: 10, backOffNoticeMs: 10, backOffMs: 20, createRetryMs: 20 },
    },
  });
  kubeconfig = (await sandbox.provisionLearnerCluster(LEARNER)).kubeconfig;
  harness = await startRouteHarness({ locateWorkstation });
});

afterAll(async () => {
  await harness?.stop();
  await sandbox?.close();
});

const run = runLine;

async function openTerminal(query: Record<string, string | number> = {}) {
  const terminal = await connectTerminal(harness.url(query), harness.headers(LEARNER));
  await terminal.waitFor((m) => m.type === 'status' && m.state === 'ready', 20_000);
  await terminal.waitForScreen(PROMPT, 20_000);
  return terminal;
}

/** The heredoc pasted as one block, as xterm sends a paste when the shell asks for brackets. */
async function paste(terminal: TestTerminal, block: string): Promise<string> {
  const from = terminal.screen().length;
  terminal.send({ type: 'input', data: `\x1b[200~${block.replace(/\n/g, '\r')}\r\x1b[201~` });
  await terminal.waitUntil(
    () => terminal.screen().slice(from).endsWith(PROMPT),
    'the prompt after the pasted block',
    20_000,
  );
  return terminal.screen().slice(from, -PROMPT.length);
}

/** Types one task's commands; what each printed, by command name. */
async function typeTask(terminal: TestTerminal, task: LabTaskId) {
  const shown = new Map<LabCommandName, string>();
  for (const { name, command } of taskSteps(task)) {
    const typed = command.includes('\n') ? paste(terminal, command) : run(terminal, command);
    shown.set(name, await typed);
  }
  return shown;
}

describe('the terminal into the sandbox workstation', () => {
  it('runs the cFOS lab typed through the socket: permission denied, then the chains', async () => {
    const terminal = await openTerminal({ columns: 200, rows: 50 });
    const prepare = await typeTask(terminal, 'prepare');
    expect(prepare.get('createNamespace')).toContain('namespace/cfostest created');
    expect(prepare.get('applyPullSecret')).toContain('secret/cfosimagepullsecret created');
    expect(prepare.get('createServiceAccount')).toContain(
      'serviceaccount/cfos-serviceaccount created',
    );
    const deploy = await typeTask(terminal, 'deploy-net-raw');
    expect(deploy.get('applyDeployment')).toContain(
      'deployment.apps/cfos7210250-deployment created',
    );
    expect(deploy.get('waitForRollout')).toContain('successfully rolled out');
    expect(deploy.get('execIptables')).toContain(
      "iptables v1.8.7 (legacy): can't initialize iptables table `nat': Permission denied (you must be root)",
    );
    expect(await run(terminal, 'grep -c NET_RAW cfos7210250-deployment.yaml')).toContain('1');
    const fix = await typeTask(terminal, 'fix-permissions');
    expect(fix.get('replaceDeployment')).toContain(
      'deployment.apps/cfos7210250-deployment replaced',
    );
    expect(fix.get('waitForRollout')).toContain('successfully rolled out');
    const chains = fix.get('execIptables');
    expect(chains).toContain('Chain PREROUTING');
    expect(chains).toContain('Chain POSTROUTING');
    expect(chains).not.toContain('Permission denied');
    terminal.ws.close();
    await terminal.closed;
  }, 120_000);

  it('keeps variables and files when the socket is killed mid-session', async () => {
    const terminal = await openTerminal();
    const { sessionId } = terminal.messages.find(
      (m) => m.type === 'status' && m.state === 'ready',
    ) as { sessionId: string };
    await run(terminal, 'export LAB_NAME=cfos-permissions');
    await run(terminal, 'echo "remember me" > note.txt');
    const drawn = terminal.offset();
    terminal.ws.terminate(); // no close handshake: a dropped network
    await terminal.closed;

    const again = await connectTerminal(
      harness.url({ session: sessionId, offset: drawn }),
      harness.headers(LEARNER),
    );
    const ready = await again.waitFor((m) => m.type === 'status' && m.state === 'ready');
    expect(ready).toMatchObject({ sessionId, resumed: true });
    expect(await run(again, 'echo "$LAB_NAME"; cat note.txt')).toBe(
      'cfos-permissions\r\nremember me\r\n',
    );
    again.ws.close();
    await again.closed;
  }, 60_000);

  it('keeps them across a restart of the site (a new shell in the same workstation)', async () => {
    const terminal = await openTerminal();
    await run(terminal, 'export BEFORE_RESTART=yes');
    await run(terminal, 'mkdir -p work && echo kept > work/file.txt');
    const port = Number(new URL(harness.origin).port);
    await harness.stop();
    const closed = await terminal.closed;
    expect(closed.code).toBe(4006);
    harness = await startRouteHarness({ locateWorkstation }, port);
    const after = await openTerminal();
    expect(await run(after, 'echo "$BEFORE_RESTART"; cat work/file.txt')).toBe('yes\r\nkept\r\n');
    after.ws.close();
    await after.closed;
  }, 60_000);
});
