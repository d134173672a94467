import { describe, expect, it } from 'vitest';
import { createExecRequest, createFakeTerminal } from './testing/fake-terminal';
import { createFakeKubectl, PASTE_OFF, PASTE_ON, PROMPT } from './testing/shell-harness';
import { createWorkstationProgram } from './workstation-program';

/** The browser sends a paste in messages of this size. */
const MESSAGE = 16 * 1024;
const PASTE_START = '\x1b[200~';
const PASTE_END = '\x1b[201~';

/** What a pasted line printed (its echo reads `echo line-…`). */
const RAN = /(?<!echo )line-\d{5}\r\n/g;

const lineName = (i: number) => `line-${String(i).padStart(5, '0')}`;
/** The output of pasted line `i`, which follows its echo. */
const ranLine = (i: number) => `${PASTE_OFF}${lineName(i)}\r\n`;

/** `count` pasted lines `echo line-00001` …, split as the browser splits a paste. */
function pasteOf(count: number): string[] {
  let text = PASTE_START;
  for (let i = 1; i <= count; i += 1) text += `echo ${lineName(i)}\r`;
  text += PASTE_END;
  const messages: string[] = [];
  for (let at = 0; at < text.length; at += MESSAGE) messages.push(text.slice(at, at + MESSAGE));
  return messages;
}

async function startTerminal(
  program: ReturnType<typeof createWorkstationProgram>,
  uid: string,
  columns?: number,
) {
  const terminal = createFakeTerminal({ columns });
  const exit = program(createExecRequest(['bash'], { uid }), terminal.io);
  await terminal.expect(PROMPT);
  return { terminal, exit };
}

describe('a large paste', () => {
  it('leaves the event loop to other shells while it is worked through', async () => {
    const program = createWorkstationProgram({ runKubectl: createFakeKubectl().runKubectl });
    const paster = await startTerminal(program, 'paster');
    const other = await startTerminal(program, 'other');
    const lines = 400;
    for (const message of pasteOf(lines)) paster.terminal.type(message);
    await paster.terminal.expect(ranLine(1), 60_000);
    // A keystroke from another learner arrives from the network: on a later event-loop turn.
    let pasteDoneWhenEchoed: boolean | null = null;
    setTimeout(() => other.terminal.type('x'), 0);
    const echoed = other.terminal.expect('x', 60_000).then(() => {
      pasteDoneWhenEchoed = paster.terminal.output().includes(ranLine(lines));
    });
    await paster.terminal.expect(ranLine(lines), 60_000);
    await echoed;
    expect(pasteDoneWhenEchoed).toBe(false);
    // Every pasted line ran, in order.
    const ran = paster.terminal.output().match(RAN) ?? [];
    expect(ran).toHaveLength(lines);
    expect(ran.at(-1)).toBe(`${lineName(lines)}\r\n`);
    paster.terminal.disconnect();
    other.terminal.disconnect();
  }, 90_000);

  it('reads the client only as far as it has worked through', async () => {
    const program = createWorkstationProgram({
      runKubectl: createFakeKubectl().runKubectl,
      limits: { maxTypeAhead: 64 * 1024 },
    });
    const { terminal, exit } = await startTerminal(program, 'backpressure');
    const messages = pasteOf(12_000);
    for (const message of messages) terminal.type(message);
    await terminal.expect(ranLine(3), 30_000);
    // At most the read-ahead (64 KiB, four messages) and the one being decoded are taken.
    expect(messages.length - terminal.unread()).toBeLessThanOrEqual(6);
    terminal.disconnect();
    await exit;
  }, 60_000);

  it('is cut short by Ctrl-C: the rest of the paste is dropped, like a tty flushing its input', async () => {
    const program = createWorkstationProgram({ runKubectl: createFakeKubectl().runKubectl });
    const { terminal } = await startTerminal(program, 'interrupted');
    const lines = 20_000;
    for (const message of pasteOf(lines)) terminal.type(message);
    await terminal.expect(ranLine(1), 30_000);
    terminal.type('\x03');
    await terminal.expect('^C\r\n', 30_000);
    await terminal.expect(PASTE_ON + PROMPT, 30_000);
    terminal.type('echo after\r');
    await terminal.expect('after\r\n', 30_000);
    const output = terminal.output();
    expect(output).not.toContain(ranLine(lines));
    expect((output.match(RAN) ?? []).length).toBeLessThan(lines / 2);
    // The paste's end marker was dropped with it: typed keys are keys again, not pasted text.
    terminal.type('echo 12\x7f3\r');
    await terminal.expect('13\r\n');
    terminal.disconnect();
  }, 60_000);

  it('takes a long pasted here-document whole without parsing it again for every line', async () => {
    const program = createWorkstationProgram({ runKubectl: createFakeKubectl().runKubectl });
    const { terminal } = await startTerminal(program, 'heredoc');
    const body = Array.from({ length: 3000 }, (_, i) => `  key${i}: "it's value ${i}"`);
    const text = [PASTE_START + 'cat <<EOF > big.yaml', ...body, 'EOF', 'wc -l big.yaml'].join(
      '\r',
    );
    for (let at = 0; at < text.length; at += MESSAGE) terminal.type(text.slice(at, at + MESSAGE));
    terminal.type(`\r${PASTE_END}`);
    await terminal.expect('3000 big.yaml\r\n', 60_000);
  }, 90_000);
});

describe('a long piped script', () => {
  it('leaves the event loop to other sessions while it runs', async () => {
    const program = createWorkstationProgram({ runKubectl: createFakeKubectl().runKubectl });
    const run = async (script: string, onStarted?: () => void) => {
      const terminal = createFakeTerminal({ tty: false });
      const exit = program(createExecRequest(['bash'], { uid: 'piped', tty: false }), terminal.io);
      terminal.type(script);
      terminal.endInput();
      onStarted?.();
      await exit;
      return terminal.output();
    };
    // Loads what the first command needs, so only the script itself is measured below.
    expect(await run('echo warm\n')).toBe('warm\n');
    const lines = Array.from({ length: 300 }, (_, i) => `echo ${lineName(i + 1)}`);
    let finished = false;
    let finishedWhenTimerRan: boolean | null = null;
    const output = await run(`${lines.join('\n')}\n`, () => {
      setTimeout(() => (finishedWhenTimerRan = finished), 0);
    });
    finished = true;
    expect(finishedWhenTimerRan).toBe(false);
    expect(output.split('\n')).toHaveLength(301);
  }, 60_000);
});
