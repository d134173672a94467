/**
 * Output for commands that stream (`get -w`, `rollout status`, `logs -f`): straight to the live
 * terminal when kubectl runs in the foreground, else into the shell's buffered stdout.
 */
import type { KubectlEnvironment } from './environment';

/** Converts bare newlines to CRLF, as a terminal's line discipline (ONLCR) would. */
export function translateNewlines(text: string): string {
  return text.replace(/\r?\n/g, '\r\n');
}

/** Returns a writer for streamed stdout; terminal writes are awaited for back-pressure. */
export function createStreamWriter(env: KubectlEnvironment) {
  const terminal = env.terminal;
  if (!terminal) return async (text: string) => env.stdout(text);
  return async (text: string) => {
    await terminal.write('stdout', translateNewlines(text));
  };
}
