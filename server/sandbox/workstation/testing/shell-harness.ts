/**
 * Test harness for the interactive shell: a started workstation on a fake terminal, a `run`
 * helper that types a line and returns its output, and a fake kubectl that records its calls.
 */
import type { KubectlEnvironment, RunKubectl } from '../kubectl/environment';
import { createExecRequest, createFakeTerminal } from './fake-terminal';
import { createWorkstationProgram } from '../workstation-program';

export const PROMPT = 'learner@workstation:~$ ';
/** The shell turns bracketed paste on before each prompt and off once a line is accepted. */
export const PASTE_ON = '\x1b[?2004h';
export const PASTE_OFF = '\x1b[?2004l';
export const CONTINUATION = `${PASTE_ON}> `;

type Call = { argv: string[]; env: KubectlEnvironment };

/** A stand-in for the workstation's kubectl that records what the shell hands it. */
export function createFakeKubectl() {
  const calls: Call[] = [];
  const runKubectl: RunKubectl = async (argv, env) => {
    calls.push({ argv, env });
    if (argv[0] === 'get' && !argv.includes('-w')) {
      env.stdout('cfos7210250-deployment-7d4b9c-abcde');
      return 0;
    }
    if (argv[0] === 'exec' && env.terminal?.stdin) {
      // Echoes keystrokes (as a remote shell would) until it sees "q".
      for await (const chunk of env.terminal.stdin) {
        const text = new TextDecoder().decode(chunk);
        await env.terminal.write('stdout', `[remote:${JSON.stringify(text)}]`);
        if (text.includes('q')) break;
      }
      return 0;
    }
    if (argv.includes('-w') && env.terminal) {
      // Streams until interrupted, like `kubectl get pods -w`.
      for (let i = 0; !env.signal.aborted; i += 1) {
        await env.terminal.write('stdout', `event ${i}\r\n`);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      return 0;
    }
    if (argv[0] === 'apply' && argv.includes('-')) {
      env.stdout(`stdin had ${env.stdin?.split('\n').length} lines\n`);
      return 0;
    }
    if (argv[0] === 'apply' && argv.includes('-f')) {
      const path = argv[argv.indexOf('-f') + 1]!;
      env.stdout(`read ${(await env.readFile(path)).length} bytes\n`);
      return 0;
    }
    env.stdout(`kubectl ${argv.join(' ')}\n`);
    return 0;
  };
  return { calls, runKubectl };
}

export async function startShell(options: { columns?: number; uid?: string } = {}) {
  const kubectl = createFakeKubectl();
  const program = createWorkstationProgram({ runKubectl: kubectl.runKubectl });
  const terminal = createFakeTerminal({ columns: options.columns });
  const exit = program(createExecRequest(['bash'], { uid: options.uid }), terminal.io);
  await terminal.expect(PROMPT);
  /** Types a line and returns what it printed before the next prompt. */
  const run = async (line: string, prompt = PROMPT) => {
    terminal.type(`${line}\r`);
    await terminal.expect(PASTE_OFF);
    const shown = await terminal.expect(PASTE_ON + prompt);
    return shown.slice(0, shown.length - PASTE_ON.length - prompt.length);
  };
  return { terminal, exit, run, kubectl, program };
}
