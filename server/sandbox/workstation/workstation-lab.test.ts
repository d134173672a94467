/**
 * Integration: the lesson's lab typed into the workstation shell, with the real workstation
 * kubectl, against a real sandbox API server on loopback.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  taskSteps,
  type LabCommandName,
  type LabTaskId,
} from '@/content/kubernetes-security/07-lab-fix-cfos-boot-permissions/lab-script';
import { createSandbox, type Sandbox } from '@/server/sandbox';
import { createExecRequest, createFakeTerminal } from './testing/fake-terminal';
import { createWorkstationProgram } from './workstation-program';

const PROMPT = '\x1b[?2004hlearner@workstation:~$ ';

let sandbox: Sandbox;
let token: string;

beforeAll(async () => {
  sandbox = await createSandbox({
    port: 0,
    clusterOptions: {
      timing: { pullMs: 20, startMs: 10, backOffNoticeMs: 10, backOffMs: 20, createRetryMs: 20 },
    },
  });
  token = (await sandbox.provisionLearnerCluster(`workstation-lab-${process.pid}`)).token;
});

afterAll(async () => {
  await sandbox?.close();
});

describe('the cFOS lab in the workstation shell', () => {
  it('runs the lesson commands verbatim, from the failing iptables to the fixed one', async () => {
    const program = createWorkstationProgram();
    const terminal = createFakeTerminal();
    const request = createExecRequest(['bash']);
    request.cluster = { server: sandbox.url, token, namespace: 'default' };
    const exit = program(request, terminal.io);
    await terminal.expect(PROMPT);
    const run = async (line: string) => {
      terminal.type(`${line}\r`);
      await terminal.expect('\x1b[?2004l');
      const shown = await terminal.expect(PROMPT, 20_000);
      return shown.slice(0, -PROMPT.length);
    };
    const paste = async (block: string) => {
      // Pasted as one block, the way a learner copies it from the lesson.
      terminal.type(`\x1b[200~${block.replace(/\n/g, '\r')}\r\x1b[201~`);
      return (await terminal.expect(PROMPT)).slice(0, -PROMPT.length);
    };
    /** Types one task's commands; what each printed, by command name. */
    const typeTask = async (task: LabTaskId) => {
      const shown = new Map<LabCommandName, string>();
      for (const { name, command } of taskSteps(task)) {
        shown.set(name, command.includes('\n') ? await paste(command) : await run(command));
      }
      return shown;
    };

    const prepare = await typeTask('prepare');
    expect(prepare.get('cdHome')).toBe('');
    expect(prepare.get('createNamespace')).toBe('namespace/cfostest created\r\n');
    expect(prepare.get('applyPullSecret')).toBe('secret/cfosimagepullsecret created\r\n');
    expect(prepare.get('createServiceAccount')).toContain(
      'serviceaccount/cfos-serviceaccount created',
    );
    const deploy = await typeTask('deploy-net-raw');
    expect(deploy.get('applyDeployment')).toBe(
      'deployment.apps/cfos7210250-deployment created\r\n',
    );
    expect(deploy.get('waitForRollout')).toContain('successfully rolled out');
    expect(await run('echo $podname')).toMatch(/^cfos7210250-deployment-[a-z0-9]+-[a-z0-9]+\r\n$/);
    expect(deploy.get('execIptables')).toContain(
      "can't initialize iptables table `nat': Permission denied (you must be root)",
    );
    const fix = await typeTask('fix-permissions');
    expect(fix.get('replaceDeployment')).toBe(
      'deployment.apps/cfos7210250-deployment replaced\r\n',
    );
    expect(fix.get('waitForRollout')).toContain('successfully rolled out');
    expect(fix.get('execIptables')).toContain('Chain PREROUTING');
    terminal.type('exit\r');
    await expect(exit).resolves.toEqual({ exitCode: 0 });
  }, 60_000);
});
