import { describe, expect, it } from 'vitest';
import type { RunKubectl } from './kubectl/environment';
import { DEFAULT_LIMITS } from './limits';
import { createExecRequest, createFakeTerminal } from './testing/fake-terminal';
import { classifyInvocation, createWorkstationProgram } from './workstation-program';
import { createWorkstationSessions } from './workstation-sessions';

const PROMPT = '\x1b[?2004hlearner@workstation:~$ ';
const echoKubectl: RunKubectl = async (argv, env) => {
  env.stdout(`kubectl ${argv.join(' ')}\n`);
  return 0;
};

async function exec(
  program: ReturnType<typeof createWorkstationProgram>,
  command: string[],
  tty = false,
  uid?: string,
) {
  const terminal = createFakeTerminal({ tty, stdin: false });
  const result = await program(createExecRequest(command, { tty, uid }), terminal.io);
  return { ...result, output: terminal.output() };
}

async function interactive(
  program: ReturnType<typeof createWorkstationProgram>,
  uid = 'pod-uid-1',
) {
  const terminal = createFakeTerminal();
  const exit = program(createExecRequest(['/bin/bash', '-l'], { uid }), terminal.io);
  await terminal.expect(PROMPT);
  const run = async (line: string, prompt = PROMPT) => {
    terminal.type(`${line}\r`);
    await terminal.expect('\x1b[?2004l');
    return (await terminal.expect(prompt)).slice(0, -prompt.length);
  };
  return { terminal, exit, run };
}

describe('classifyInvocation', () => {
  it.each([
    [[]],
    [['bash']],
    [['sh']],
    [['/bin/bash']],
    [['bash', '-l']],
    [['bash', '-il']],
    [['bash', '--login']],
  ])('treats %j as the interactive shell', (command) => {
    expect(classifyInvocation(command)).toEqual({ kind: 'interactive' });
  });

  it('reads -c scripts and plain commands', () => {
    expect(classifyInvocation(['bash', '-c', 'echo hi'])).toEqual({
      kind: 'command-string',
      script: 'echo hi',
    });
    expect(classifyInvocation(['sh', '-lc', 'ls'])).toEqual({
      kind: 'command-string',
      script: 'ls',
    });
    expect(classifyInvocation(['ls', '-l'])).toEqual({ kind: 'argv', argv: ['ls', '-l'] });
    expect(classifyInvocation(['bash', 'script.sh'])).toEqual({
      kind: 'argv',
      argv: ['bash', 'script.sh'],
    });
  });
});

describe('workstation program', () => {
  it('runs bash -c with the exit status of its last command, and without tty line endings', async () => {
    const program = createWorkstationProgram({ runKubectl: echoKubectl });
    expect(
      await exec(program, ['bash', '-c', 'echo $HOME $USER; kubectl get pods; exit 3']),
    ).toEqual({
      exitCode: 3,
      output: '/home/learner learner\nkubectl get pods\n',
    });
    expect(await exec(program, ['sh', '-c', 'false'])).toMatchObject({ exitCode: 1 });
    expect(await exec(program, ['bash', '-c', 'if true; then'])).toEqual({
      exitCode: 2,
      output: 'bash: -c: syntax error: unexpected end of file\n',
    });
    expect(await exec(program, ['bash', '-c', 'echo x'], true)).toMatchObject({ output: 'x\r\n' });
    expect(await exec(program, ['bash', '-c', 'cat <<EOF\nshort'])).toEqual({
      exitCode: 0,
      output:
        "bash: -c: warning: here-document at line 1 delimited by end-of-file (wanted `EOF')\nshort\n",
    });
    expect(await exec(program, ['cat', 'cfosimagepullsecret.yaml'])).toMatchObject({
      exitCode: 0,
      output: expect.stringContaining('kind: Secret'),
    });
  });

  it('keeps bash -c variables to itself but shares files with the interactive shell', async () => {
    const program = createWorkstationProgram({ runKubectl: echoKubectl });
    await exec(program, ['bash', '-c', 'secret=1; echo made > /tmp/made.txt']);
    const { run } = await interactive(program);
    expect(await run('echo "[$secret]"; cat /tmp/made.txt')).toBe('[]\r\nmade\r\n');
  });

  it('reads a script from stdin when there is no tty', async () => {
    const program = createWorkstationProgram({ runKubectl: echoKubectl });
    const terminal = createFakeTerminal({ tty: false });
    terminal.type('a=1\nif [ $a = 1 ]; then\n  echo one\nfi\ncat <<EOF\n$a\nEOF\n');
    terminal.endInput();
    const result = await program(createExecRequest(['bash'], { tty: false }), terminal.io);
    expect(result).toEqual({ exitCode: 0 });
    expect(terminal.output()).toBe('one\n1\n');
  });

  it('gives a second exec into the same pod the same files, variables, cwd and history', async () => {
    const program = createWorkstationProgram({ runKubectl: echoKubectl });
    const first = await interactive(program, 'shared');
    await first.run('mkdir -p work && cd work', '\x1b[?2004hlearner@workstation:~/work$ ');
    await first.run('note=kept; echo hello > hello.txt', '\x1b[?2004hlearner@workstation:~/work$ ');
    first.terminal.disconnect();
    await first.exit;
    // The second tab starts in the shared cwd, so its prompt shows ~/work.
    const terminal = createFakeTerminal();
    void program(createExecRequest(['bash'], { uid: 'shared' }), terminal.io);
    const prompt = '\x1b[?2004hlearner@workstation:~/work$ ';
    await terminal.expect(prompt);
    terminal.type('echo $note; cat hello.txt; history 1\r');
    expect(await terminal.expect(prompt)).toContain(
      'kept\r\nhello\r\n    3  echo $note; cat hello.txt; history 1\r\n',
    );
    const other = await interactive(program, 'other-pod');
    expect(await other.run('echo "[$note]"; ls work')).toContain('[]');
  });

  it('snapshots every workstation and restores it in a new registry', async () => {
    const limits = DEFAULT_LIMITS;
    const sessions = createWorkstationSessions({ runKubectl: echoKubectl, limits });
    const program = createWorkstationProgram({ sessions });
    const { run } = await interactive(program, 'pod-a');
    await run('greet() { echo "hello $1"; }; export COLOR=blue; plain=1');
    await run(
      'printf "\\x00\\x01binary" > /tmp/blob; mkdir -p ~/notes; echo "line" > ~/notes/a.txt; cd ~/notes',
      '\x1b[?2004hlearner@workstation:~/notes$ ',
    );
    const saved = JSON.parse(JSON.stringify(await sessions.snapshot()));
    const restored = createWorkstationSessions({ runKubectl: echoKubectl, limits });
    await restored.restore(saved);
    const again = createWorkstationProgram({ sessions: restored });
    const terminal = createFakeTerminal();
    void again(createExecRequest(['bash'], { uid: 'pod-a' }), terminal.io);
    const prompt = '\x1b[?2004hlearner@workstation:~/notes$ ';
    await terminal.expect(prompt);
    terminal.type(
      'greet you; declare -p COLOR plain; cat a.txt; od -c /tmp/blob | head -1; history | wc -l\r',
    );
    const shown = await terminal.expect(prompt);
    expect(shown).toContain(
      'hello you\r\ndeclare -x COLOR="blue"\r\ndeclare -- plain="1"\r\nline\r\n',
    );
    expect(shown).toMatch(/\\0 +001 +b +i +n/);
    expect(shown).toContain('3\r\n');
    await expect(restored.restore({ broken: { version: 2 } })).rejects.toThrow(
      'workstation snapshot: unsupported version (key "broken")',
    );
  });

  it('cuts off output past the limit with a note, and bounds yes', async () => {
    const program = createWorkstationProgram({
      runKubectl: echoKubectl,
      limits: { maxOutputBytes: 1000 },
    });
    const { output } = await exec(program, [
      'bash',
      '-c',
      'for i in $(seq 1 500); do echo line-$i; done',
    ]);
    expect(output.length).toBeLessThan(1200);
    expect(output).toContain('bash: output cut off after 1000 bytes');
    const roomy = createWorkstationProgram({ runKubectl: echoKubectl });
    const yes = await exec(roomy, ['bash', '-c', 'yes | head -3; yes no | wc -l']);
    expect(yes.output).toMatch(/^y\ny\ny\n\s*\d+\n$/);
  });

  it('stops a command line at the time limit', async () => {
    const program = createWorkstationProgram({
      runKubectl: echoKubectl,
      limits: { commandTimeoutMs: 200 },
    });
    const started = Date.now();
    const result = await exec(program, ['bash', '-c', 'sleep 5; echo after']);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(result).toEqual({
      exitCode: 124,
      output:
        'bash: stopped after 200 ms: this workshop shell limits how long one command line may run\n',
    });
  });

  it('refuses a line longer than the limit with a bell', async () => {
    const program = createWorkstationProgram({
      runKubectl: echoKubectl,
      limits: { maxLineLength: 10 },
    });
    const { terminal, run } = await interactive(program);
    terminal.type('echo 123456789');
    await terminal.expect('\x07');
    expect(await run('')).toBe('12345\r\n');
  });

  it('drops a multi-line command that grows past the input limit', async () => {
    const program = createWorkstationProgram({
      runKubectl: echoKubectl,
      limits: { maxInputLength: 40 },
    });
    const { terminal, run } = await interactive(program);
    terminal.type('cat <<EOF\r0123456789\r0123456789\r0123456789\r');
    await terminal.expect('bash: input too long: a command may be 40 characters at most\r\n');
    await terminal.expect(PROMPT);
    expect(await run('echo $?')).toBe('2\r\n');
  });

  it('ends the shell when the client goes away', async () => {
    const program = createWorkstationProgram({ runKubectl: echoKubectl });
    const { terminal, exit } = await interactive(program, 'gone');
    terminal.type('sleep 100\r');
    await terminal.expect('sleep 100\r\n');
    terminal.disconnect();
    await expect(exit).resolves.toEqual({ exitCode: 130 });
  });
});
