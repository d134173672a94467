/**
 * Turns the exec layer's `io.write` into the `Output` commands use. With a tty the terminal
 * expects `\r\n` line endings (a real pty's ONLCR does this), so every bare `\n` is converted.
 */

import type { ProcessIO } from './process';
import type { Output } from './types';

export function toTerminalText(text: string): string {
  return text.replace(/\r?\n/g, '\r\n');
}

export function createOutput(io: ProcessIO, tty: boolean): Output {
  const convert = tty ? toTerminalText : (text: string) => text;
  return {
    out: (text) => (text === '' ? Promise.resolve() : io.write('stdout', convert(text))),
    err: (text) => (text === '' ? Promise.resolve() : io.write('stderr', convert(text))),
  };
}

/** Output that keeps stdout in memory (the left side of a pipe, or `$(…)`). */
export function createCapture(target: Output): Output & { text(): string } {
  let buffer = '';
  return {
    out: async (text) => {
      buffer += text;
    },
    err: (text) => target.err(text),
    text: () => buffer,
  };
}

/** Output with redirections applied: `>/dev/null`, `2>/dev/null`, `2>&1`, `>&2`. */
export function redirectOutput(
  target: Output,
  redirects: { stdout?: 'null' | 'stderr'; stderr?: 'null' | 'stdout' },
): Output {
  const discard = async () => {};
  const out =
    redirects.stdout === 'null' ? discard : redirects.stdout === 'stderr' ? target.err : target.out;
  const err =
    redirects.stderr === 'null' ? discard : redirects.stderr === 'stdout' ? out : target.err;
  return { out, err };
}
