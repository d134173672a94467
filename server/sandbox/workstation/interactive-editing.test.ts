import { describe, expect, it } from 'vitest';
import { CONTINUATION, PROMPT, startShell } from './testing/shell-harness';

describe('line editing in the workstation shell', () => {
  it('edits with Ctrl-A, Ctrl-E, Ctrl-U, Ctrl-W, Ctrl-K and clears with Ctrl-L', async () => {
    const { terminal, run } = await startShell();
    terminal.type('cho start\x01e\x05 end');
    expect(await run('')).toBe('start end\r\n');
    terminal.type('garbage here\x15echo kept two\x17three');
    expect(await run('')).toBe('kept three\r\n');
    terminal.type('echo left right\x1b[D\x1b[D\x1b[D\x1b[D\x1b[D\x0b');
    expect(await run('')).toBe('left\r\n');
    terminal.type('echo abc\x0c');
    await terminal.expect('\x1b[H\x1b[2J');
    await terminal.expect(`${PROMPT}echo abc`);
    expect(await run('')).toBe('abc\r\n');
  });

  it('recalls history with Up and Down, keeping the line being edited', async () => {
    const { terminal, run } = await startShell();
    await run('echo first');
    await run('echo second');
    terminal.type('echo draft\x1b[A\x1b[A\x1b[B\x1b[B');
    expect(await run('')).toBe('draft\r\n');
    // History is now: echo first, echo second, echo draft.
    terminal.type('\x1b[A\x1b[A');
    expect(await run('')).toBe('second\r\n');
    const listed = await run('history');
    expect(listed).toContain('    1  echo first\r\n');
    expect(listed).toContain('    4  echo second\r\n    5  history\r\n');
  });

  it('completes files, directories through $scriptDir, and kubectl verbs and resources', async () => {
    const { terminal, run } = await startShell();
    terminal.type('cat cfosimage\t');
    await terminal.expect('cat cfosimagepullsecret.yaml ');
    expect(await run('| head -1')).toBe(
      '# Workshop-only image pull secret for the practice cluster.\r\n',
    );
    terminal.type('ls $scriptDir/k8s\t');
    await terminal.expect('ls $scriptDir/k8s-201-workshop/');
    terminal.type('scripts/cfos/\t');
    await terminal.expect('scripts/cfos/Task1_1_create_cfos_serviceaccount.yaml ');
    expect(await run('')).toBe(
      '/home/learner/k8s-201-workshop/scripts/cfos/Task1_1_create_cfos_serviceaccount.yaml\r\n',
    );
    terminal.type('kubectl rollo\t');
    await terminal.expect('kubectl rollout ');
    terminal.type('st\t');
    await terminal.expect('status ');
    terminal.type('\x15kubectl get deploy\t');
    await terminal.expect('deployments ');
    terminal.type('\x15kubectl de\t');
    terminal.type('\t');
    await terminal.expect(/delete\s+describe/);
    terminal.type('\x03');
    await terminal.expect(PROMPT);
  });

  it('recalls a multi-line command as one history entry and runs it again', async () => {
    const { terminal, run } = await startShell();
    terminal.type('cat <<EOF\r');
    await terminal.expect(CONTINUATION);
    terminal.type('again\r');
    await terminal.expect(CONTINUATION);
    expect(await run('EOF')).toBe('again\r\n');
    terminal.type('\x1b[A');
    await terminal.expect('cat <<EOF\r\nagain\r\nEOF');
    expect(await run('')).toBe('again\r\n');
  });

  it('redraws a long line that wraps on a narrow terminal', async () => {
    const { terminal, run } = await startShell({ columns: 30 });
    terminal.type('echo 0123456789abcdefghijklmnopqrstuvwxyz\x01');
    await terminal.expect(/\x1b\[\d+A\r/);
    terminal.type('\x05');
    expect(await run('')).toBe('0123456789abcdefghijklmnopqrstuvwxyz\r\n');
  });

  it('searches history backwards with Ctrl-R', async () => {
    const { terminal, run } = await startShell();
    await run('echo alpha one');
    await run('echo beta');
    await run('echo alpha two');
    terminal.type('\x12alp');
    await terminal.expect("(reverse-i-search)`alp': echo alpha two");
    terminal.type('\x12');
    await terminal.expect("(reverse-i-search)`alp': echo alpha one");
    expect(await run('')).toBe('alpha one\r\n');
    terminal.type('draft\x12zzz');
    await terminal.expect("(failed reverse-i-search)`zzz': draft");
    terminal.type('\x07');
    expect(await run('')).toContain('draft: command not found');
    terminal.type('\x12bet\x05 again');
    expect(await run('')).toBe('beta again\r\n');
  });

  it('wraps at the new width after a resize', async () => {
    const { terminal, run } = await startShell({ columns: 80 });
    terminal.resize({ columns: 30, rows: 24 });
    // Prompt (23) + "echo abcdefgh" (13) = 36 columns: two rows at 30, so Ctrl-A moves up one row.
    terminal.type('echo abcdefgh\x01');
    await terminal.expect('\x1b[1A\r\x1b[23C');
    expect(await run('')).toBe('abcdefgh\r\n');
  });
});
