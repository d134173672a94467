import { describe, expect, it } from 'vitest';
import { checkCompleteness } from './input-completeness';
import { DEFAULT_LIMITS } from './limits';
import { createShellSession, type ShellSession } from './shell-session';
import type { RunKubectl } from './kubectl/environment';

const access = { server: 'http://127.0.0.1:1', token: 't', namespace: 'default' };

async function run(session: ShellSession, text: string, signal = new AbortController().signal) {
  const checked = checkCompleteness(text);
  if (checked.kind !== 'complete') throw new Error(`not complete: ${text}`);
  let out = '';
  const outcome = await session.runInput(text, checked.script, {
    write: async (_stream, chunk) => {
      out += chunk;
    },
    terminal: null,
    signal,
    access,
  });
  return { out, ...outcome };
}

const noKubectl: RunKubectl = async () => 0;

describe('shell session', () => {
  it('carries variables, exports, functions and cwd from one line to the next', async () => {
    const session = await createShellSession({ runKubectl: noKubectl, limits: DEFAULT_LIMITS });
    await run(session, 'x=1; export Y=2; greet() { echo "hi $1"; }; mkdir -p /tmp/w; cd /tmp/w');
    const result = await run(session, 'echo "$x $Y $PWD"; greet you; declare -p x Y');
    expect(result.out).toBe('1 2 /tmp/w\nhi you\ndeclare -- x="1"\ndeclare -x Y="2"\n');
    expect(session.cwd).toBe('/tmp/w');
  });

  it('keeps $? across lines and stops on exit', async () => {
    const session = await createShellSession({ runKubectl: noKubectl, limits: DEFAULT_LIMITS });
    await run(session, 'false');
    expect((await run(session, 'echo $?')).out).toBe('1\n');
    expect((await run(session, '(exit 3); echo sub=$?')).exit).toBe(false);
    const exited = await run(session, 'exit 4; echo after');
    expect(exited).toMatchObject({ exit: true, exitCode: 4, out: '' });
  });

  it('forgets a function after unset -f', async () => {
    const session = await createShellSession({ runKubectl: noKubectl, limits: DEFAULT_LIMITS });
    await run(session, 'f() { echo f; }');
    expect(session.functionNames).toEqual(['f']);
    await run(session, 'unset -f f');
    expect((await run(session, 'f')).out).toContain('f: command not found');
  });

  it('keeps set -o options such as nounset and pipefail', async () => {
    const session = await createShellSession({ runKubectl: noKubectl, limits: DEFAULT_LIMITS });
    await run(session, 'set -u -o pipefail');
    expect((await run(session, 'echo "$undefined_thing"; echo after')).out).toContain(
      'undefined_thing: unbound variable',
    );
    expect((await run(session, 'false | true; echo $?')).out).toBe('1\n');
    await run(session, 'set +u +o pipefail');
    expect((await run(session, 'false | true; echo "[$undefined_thing]"')).out).toBe('[]\n');
  });

  it('keeps working after the current directory is removed', async () => {
    const session = await createShellSession({ runKubectl: noKubectl, limits: DEFAULT_LIMITS });
    await run(session, 'mkdir -p /tmp/gone && cd /tmp/gone && rm -rf /tmp/gone');
    expect((await run(session, 'echo still here')).out).toBe('still here\n');
    expect((await run(session, 'cd && pwd')).out).toBe('/home/learner\n');
  });
});
