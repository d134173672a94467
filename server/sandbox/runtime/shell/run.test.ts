import { describe, expect, it } from 'vitest';
import { makePod, runExec } from '../test-support';

const busybox = makePod({ image: 'busybox', name: 'bb' });
const nginx = makePod({ image: 'nginx', name: 'web' });
const sh = (pod = busybox, script: string) => runExec(pod, ['sh', '-c', script]);

describe('sh -c', () => {
  it('runs ; && || with the right short-circuiting', async () => {
    const result = await sh(busybox, 'false && echo no || echo yes; true || echo no2; echo end');
    expect(result.stdout).toBe('yes\nend\n');
  });

  it('expands variables, $? and command substitution', async () => {
    const result = await sh(
      busybox,
      'X="a b"; echo "$X" ${HOSTNAME}; false; echo $?; echo "uid=$(id -u)"',
    );
    expect(result.stdout).toBe('a b bb\n1\nuid=0\n');
  });

  it('splits unquoted expansions into fields and drops empty ones', async () => {
    const result = await sh(busybox, 'cmd="echo one   two"; $cmd $UNSET end');
    expect(result.stdout).toBe('one two end\n');
  });

  it('passes positional parameters after the script', async () => {
    const result = await runExec(busybox, ['sh', '-c', 'echo $0 $1 $#', 'name', 'first']);
    expect(result.stdout).toBe('name first 1\n');
  });

  it('reports unknown commands with status 127, worded per shell', async () => {
    expect(await sh(busybox, 'nosuch')).toMatchObject({
      exitCode: 127,
      stderr: 'sh: nosuch: not found\n',
    });
    expect(await sh(nginx, 'nosuch')).toMatchObject({
      exitCode: 127,
      stderr: 'sh: 1: nosuch: not found\n',
    });
    const bash = await runExec(nginx, ['bash', '-c', 'nosuch']);
    expect(bash).toMatchObject({ exitCode: 127, stderr: 'bash: nosuch: command not found\n' });
  });

  it('has no bash in busybox', async () => {
    const result = await sh(busybox, 'bash');
    expect(result).toMatchObject({ exitCode: 127, stderr: 'sh: bash: not found\n' });
  });

  it('reports syntax errors with status 2', async () => {
    expect(await sh(busybox, "echo 'open")).toMatchObject({
      exitCode: 2,
      stderr: 'sh: syntax error: unterminated quoted string\n',
    });
    expect(await sh(nginx, 'a && && b')).toMatchObject({
      exitCode: 2,
      stderr: 'sh: 1: Syntax error: "&&" unexpected\n',
    });
  });

  it('honours exit and its status', async () => {
    expect(await sh(busybox, 'echo a; exit 7; echo b')).toMatchObject({
      exitCode: 7,
      stdout: 'a\n',
    });
  });

  it('applies 2>&1, >/dev/null and 2>/dev/null', async () => {
    const merged = await sh(busybox, 'cat /nope 2>&1');
    expect(merged.stdout).toBe("cat: can't open '/nope': No such file or directory\n");
    expect(merged.stderr).toBe('');
    const silent = await sh(busybox, 'cat /nope 2>/dev/null; echo hidden >/dev/null; echo shown');
    expect(silent).toMatchObject({ stdout: 'shown\n', stderr: '' });
  });

  it('refuses to write files: the sandbox filesystem is read-only', async () => {
    const result = await sh(busybox, 'echo x > /tmp/file');
    expect(result).toMatchObject({
      exitCode: 1,
      stderr: "sh: can't create /tmp/file: Read-only file system\n",
    });
  });

  it('reads stdin from a file with <', async () => {
    const result = await sh(busybox, 'cat < /etc/hostname');
    expect(result.stdout).toBe('bb\n');
  });

  it('changes directory with cd and reports bad targets', async () => {
    expect((await sh(busybox, 'cd /etc && pwd')).stdout).toBe('/etc\n');
    expect(await sh(busybox, 'cd /nope')).toMatchObject({
      exitCode: 2,
      stderr: "sh: cd: can't cd to /nope: No such file or directory\n",
    });
  });

  it('sets variables for one command only with VAR=value cmd', async () => {
    const result = await sh(busybox, 'A=1 printenv A; echo "[$A]"');
    expect(result.stdout).toBe('1\n[]\n');
  });

  it('runs a nested sh -c', async () => {
    const result = await sh(busybox, `sh -c 'echo inner; exit 3'; echo $?`);
    expect(result.stdout).toBe('inner\n3\n');
  });
});

describe('sh without -c', () => {
  it('reads commands from stdin without a tty, with no prompt', async () => {
    const result = await runExec(busybox, ['sh'], {
      stdin: ['echo one\nech', 'o two\n', 'exit 4\n'],
    });
    expect(result).toMatchObject({ stdout: 'one\ntwo\n', exitCode: 4 });
  });

  it('ends at once without stdin', async () => {
    expect(await runExec(busybox, ['sh'])).toMatchObject({ exitCode: 0, stdout: '' });
  });

  it('runs a script file from the image', async () => {
    const result = await runExec(nginx, ['sh', '/docker-entrypoint.sh']);
    expect(result.exitCode).toBe(0);
    const missing = await runExec(busybox, ['sh', '/nope.sh']);
    expect(missing).toMatchObject({
      exitCode: 2,
      stderr: "sh: can't open '/nope.sh': No such file or directory\n",
    });
  });
});

describe('subshells', () => {
  it('exit inside $(…) or a pipeline ends only that part', async () => {
    const result = await sh(
      busybox,
      'x=$(echo in; exit 3); echo "$x $?"; exit 4 | cat; echo after $?',
    );
    expect(result.stdout).toBe('in 3\nafter 0\n');
  });
});
