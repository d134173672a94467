/**
 * Writes a command line's output to the client: `\n` becomes `\r\n` on a tty (the line
 * discipline's ONLCR), and output past the per-command limit is dropped with one note saying so.
 */
import type { ProcessIO } from '../runtime/process';

export type OutputWriter = {
  write(stream: 'stdout' | 'stderr', text: string): Promise<void>;
};

export function toTerminalText(text: string): string {
  return text.replace(/\r?\n/g, '\r\n');
}

export function createOutputWriter(
  io: ProcessIO,
  options: { tty: boolean; maxBytes: number },
): OutputWriter {
  let written = 0;
  let truncated = false;
  return {
    async write(stream, text) {
      if (truncated || text.length === 0) return;
      let chunk = text;
      if (written + chunk.length > options.maxBytes) {
        chunk = chunk.slice(0, Math.max(0, options.maxBytes - written));
        truncated = true;
      }
      written += chunk.length;
      if (truncated)
        chunk += `\n[output truncated: this shell shows at most ${options.maxBytes} bytes per command]\n`;
      await io.write(stream, options.tty ? toTerminalText(chunk) : chunk);
    },
  };
}
