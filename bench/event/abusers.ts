/**
 * The misbehaving learners of the fault run, each with their own session: one pastes 5 MB, one
 * runs `yes`, one starts a fork loop, and one stops reading its socket while `yes` floods it. Each
 * reports whether its own shell came back to a prompt after Ctrl-C; the measured learners show
 * whether anyone else noticed.
 */
import { performance } from 'node:perf_hooks';
import { joinSite, learnerAddress } from './http-client';
import { LearnerTerminal } from './terminal-client';

export type AbuseOutcome = { name: string; ok: boolean; detail: string; ms: number };

const PROMPT = /learner@workstation:[^\n$]*\$ /;
const CTRL_C = '\x03';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

type Abuse = { name: string; run: (terminal: LearnerTerminal) => Promise<string> };

async function interruptAndWaitForPrompt(
  terminal: LearnerTerminal,
  timeoutMs: number,
): Promise<void> {
  const mark = terminal.mark();
  const giveUp = performance.now() + timeoutMs;
  // Ctrl-C can arrive while output is still queued; repeat it until a prompt shows.
  while (performance.now() < giveUp) {
    await terminal.paste(CTRL_C);
    try {
      await terminal.waitForText(PROMPT, mark, 2000, 'the prompt after Ctrl-C');
      return;
    } catch {
      // Not yet.
    }
  }
  throw new Error(`no prompt ${timeoutMs} ms after Ctrl-C`);
}

const ABUSES: Abuse[] = [
  {
    name: 'paste 5 MB',
    async run(terminal) {
      const line = `# ${'x'.repeat(77)}\r`;
      const text = line.repeat(Math.ceil((5 * 1024 * 1024) / line.length));
      await terminal.paste(text);
      await sleep(3000);
      await interruptAndWaitForPrompt(terminal, 60_000);
      return `${(text.length / 1024 / 1024).toFixed(1)} MB pasted`;
    },
  },
  {
    name: 'yes',
    async run(terminal) {
      await terminal.paste('yes\r');
      await sleep(10_000);
      await interruptAndWaitForPrompt(terminal, 30_000);
      return 'ran 10 s';
    },
  },
  {
    name: 'fork loop',
    async run(terminal) {
      await terminal.paste(':(){ :|:& };:\r');
      await sleep(10_000);
      await interruptAndWaitForPrompt(terminal, 30_000);
      return 'ran 10 s';
    },
  },
  {
    name: 'slow consumer (yes, socket not read for 20 s)',
    async run(terminal) {
      await terminal.paste('yes\r');
      await sleep(500);
      terminal.setReading(false);
      await sleep(20_000);
      terminal.setReading(true);
      await interruptAndWaitForPrompt(terminal, 30_000);
      return 'stalled 20 s';
    },
  },
];

export async function runAbusers(
  port: number,
  firstIndex: number,
  giveUpAt: number,
): Promise<AbuseOutcome[]> {
  return Promise.all(
    ABUSES.map(async (abuse, i) => {
      const started = performance.now();
      try {
        const localAddress = learnerAddress(firstIndex + i);
        const joined = await joinSite({ port, localAddress }, `Abuser ${i + 1}`);
        const terminal = new LearnerTerminal({
          port,
          localAddress,
          cookie: joined.cookie,
          giveUpAt,
        });
        await terminal.open();
        try {
          const detail = await abuse.run(terminal);
          return { name: abuse.name, ok: true, detail, ms: performance.now() - started };
        } finally {
          terminal.close();
        }
      } catch (err) {
        return {
          name: abuse.name,
          ok: false,
          detail: (err as Error).message.slice(0, 300),
          ms: performance.now() - started,
        };
      }
    }),
  );
}
