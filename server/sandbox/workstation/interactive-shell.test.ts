import { describe, expect, it } from 'vitest';
import { CONTINUATION, PASTE_ON, PROMPT, startShell } from './testing/shell-harness';

describe('interactive workstation shell', () => {
  it('greets, shows the prompt and keeps variables, exports, functions and cwd between lines', async () => {
    const { terminal, run } = await startShell();
    expect(terminal.output()).toContain('Welcome to your workshop workstation');
    const help = await run('help');
    expect(help).toContain('Workshop workstation: a simulated bash with kubectl');
    expect(help).not.toContain('just-bash');
    expect(await run('x=1; export Y=2; say() { echo "said $1"; }')).toBe('');
    expect(
      await run('cd k8s-201-workshop/scripts', 'learner@workstation:~/k8s-201-workshop/scripts$ '),
    ).toBe('');
    expect(
      await run('echo "$x $Y $(pwd)"; say it', 'learner@workstation:~/k8s-201-workshop/scripts$ '),
    ).toBe('1 2 /home/learner/k8s-201-workshop/scripts\r\nsaid it\r\n');
  });

  it('runs the lesson heredoc with "> " continuation and substitutes the image', async () => {
    const { terminal, run } = await startShell();
    await run('cfosimage="fortinetwandy.azurecr.io/cfos:255"');
    const block = [
      'cat << EOF | tee > cfos7210250-deployment.yaml',
      'apiVersion: apps/v1',
      'kind: Deployment',
      'spec:',
      '  template:',
      '    spec:',
      '      containers:',
      '      - name: cfos7210250-container',
      '        image: $cfosimage',
      '        securityContext:',
      '          capabilities:',
      '            add: ["NET_RAW"]',
      'EOF',
    ];
    for (const line of block.slice(0, -1)) {
      terminal.type(`${line}\r`);
      await terminal.expect(CONTINUATION);
    }
    terminal.type('EOF\r');
    await terminal.expect(PROMPT);
    const content = await run('cat cfos7210250-deployment.yaml');
    expect(content).toContain('        image: fortinetwandy.azurecr.io/cfos:255\r\n');
    expect(content).toContain('            add: ["NET_RAW"]\r\n');
    // The lesson's fix, verbatim.
    await run(
      `sed -i 's/add: \\["NET_RAW"\\]/add: ["NET_RAW","NET_ADMIN"]/' cfos7210250-deployment.yaml`,
    );
    expect(await run('grep add: cfos7210250-deployment.yaml')).toBe(
      '            add: ["NET_RAW","NET_ADMIN"]\r\n',
    );
  });

  it('continues a line that ends with a backslash or an open quote', async () => {
    const { terminal, run } = await startShell();
    terminal.type('echo one \\\r');
    await terminal.expect(CONTINUATION);
    expect(await run('two')).toBe('one two\r\n');
    terminal.type('echo "a\r');
    await terminal.expect(CONTINUATION);
    expect(await run('b"')).toBe('a\r\nb\r\n');
    terminal.type('for i in 1 2\r');
    await terminal.expect(CONTINUATION);
    terminal.type('do echo n$i\r');
    await terminal.expect(CONTINUATION);
    expect(await run('done')).toBe('n1\r\nn2\r\n');
  });

  it('runs a pasted block line by line, including a heredoc, with and without bracketed paste', async () => {
    const { terminal } = await startShell();
    terminal.type(
      '\x1b[200~name=paste\rcat <<EOF > pasted.txt\r\thello $name\rEOF\rcat pasted.txt\r\x1b[201~',
    );
    await terminal.expect('\thello paste\r\n');
    await terminal.expect(PROMPT);
    terminal.type('echo a\recho b\r');
    await terminal.expect('a\r\n');
    await terminal.expect('b\r\n');
  });

  it('keeps $? over empty and comment lines', async () => {
    const { run } = await startShell();
    await run('false');
    await run('');
    await run('# a comment');
    expect(await run('echo $?')).toBe('1\r\n');
  });

  it('reports a syntax error the way bash does', async () => {
    const { run } = await startShell();
    expect(await run('fi')).toBe("bash: syntax error near unexpected token `fi'\r\n");
    expect(await run('echo $?')).toBe('2\r\n');
  });

  it('interrupts a running sleep or endless loop with Ctrl-C and sets $? to 130', async () => {
    const { terminal, run } = await startShell();
    terminal.type('sleep 100\r');
    await terminal.expect('sleep 100\r\n');
    const started = Date.now();
    terminal.type('\x03');
    await terminal.expect(`^C\r\n`);
    await terminal.expect(PROMPT);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(await run('echo $?')).toBe('130\r\n');
    terminal.type('while true; do sleep 0.01; done\r');
    await terminal.expect('done\r\n');
    await new Promise((resolve) => setTimeout(resolve, 100));
    terminal.type('\x03');
    await terminal.expect('^C\r\n');
    await terminal.expect(PROMPT);
  });

  it('stops a loop that never waits by its command budget', async () => {
    const { run } = await startShell();
    const started = Date.now();
    const shown = await run('while true; do :; done');
    expect(shown).toMatch(/stopped after \d+ commands/);
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('hands kubectl the files, cwd and, for a foreground exec, the live terminal', async () => {
    const { terminal, run, kubectl } = await startShell();
    expect(await run('kubectl apply -f cfosimagepullsecret.yaml -n cfostest')).toMatch(
      /^read \d+ bytes\r\n$/,
    );
    const apply = kubectl.calls.at(-1)!;
    expect(apply.env.cwd).toBe('/home/learner');
    expect(apply.env.access.token).toBe('learner-token');
    expect(apply.env.terminal).not.toBeNull();
    await run(
      `podname=$(kubectl get pod -n cfostest -l app=cfos -o jsonpath='{.items[*].metadata.name}')`,
    );
    expect(kubectl.calls.at(-1)!.env.terminal).toBeNull();
    terminal.type('kubectl exec -it po/$podname -n cfostest -- sh\r');
    await terminal.expect('-- sh\r\n');
    terminal.type('ls\r');
    await terminal.expect('[remote:"ls\\r"]');
    terminal.type('\x03q');
    await terminal.expect(PROMPT);
    expect(kubectl.calls.at(-1)!.argv).toEqual([
      'exec',
      '-it',
      'po/cfos7210250-deployment-7d4b9c-abcde',
      '-n',
      'cfostest',
      '--',
      'sh',
    ]);
    expect(terminal.output()).toContain('[remote:"\\u0003q"]');
  });

  it('streams a watching kubectl to the terminal until Ctrl-C, and pipes stdin into kubectl', async () => {
    const { terminal, run } = await startShell();
    terminal.type('kubectl get pods -w\r');
    await terminal.expect('event 2\r\n');
    terminal.type('\x03');
    await terminal.expect('^C\r\n');
    await terminal.expect(PROMPT);
    expect(await run('echo $?')).toBe('130\r\n');
    expect(await run('cat cfosimagepullsecret.yaml | kubectl apply -f -')).toBe(
      'stdin had 10 lines\r\n',
    );
  });

  it('handles Ctrl-D inside an unfinished command as bash does', async () => {
    const { terminal, run } = await startShell();
    terminal.type('cat <<END\r');
    await terminal.expect(CONTINUATION);
    terminal.type('cut short\r');
    await terminal.expect(CONTINUATION);
    terminal.type('\x04');
    const shown = await terminal.expect(PASTE_ON + PROMPT);
    expect(shown).toContain(
      "bash: warning: here-document at line 1 delimited by end-of-file (wanted `END')\r\ncut short\r\n",
    );
    terminal.type('echo "open\r');
    await terminal.expect(CONTINUATION);
    terminal.type('\x04');
    expect(await terminal.expect(PASTE_ON + PROMPT)).toContain(
      'bash: unexpected EOF while looking for matching `"\'\r\nbash: syntax error: unexpected end of file\r\n',
    );
    expect(await run('echo $?')).toBe('2\r\n');
  });

  it('exits on Ctrl-D at an empty prompt and on exit N', async () => {
    const first = await startShell({ uid: 'a' });
    first.terminal.type('false\r');
    await first.terminal.expect(PROMPT);
    first.terminal.type('\x04');
    await expect(first.exit).resolves.toEqual({ exitCode: 1 });
    expect(first.terminal.output()).toMatch(/exit\r\n$/);
    const second = await startShell({ uid: 'b' });
    second.terminal.type('exit 7\r');
    await expect(second.exit).resolves.toEqual({ exitCode: 7 });
  });
});
