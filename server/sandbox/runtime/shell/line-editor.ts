/**
 * Line editing for an interactive shell on a tty: echo, backspace, Ctrl-U, Ctrl-L, Ctrl-C,
 * Ctrl-D and history on the arrow keys. A real shell gets raw keystrokes from the pty; so does
 * this one, so it must echo what the learner types.
 */

import { Pacer } from '../pacer';
import type { Input } from '../types';

export type LineResult = { kind: 'line'; text: string } | { kind: 'interrupt' } | { kind: 'eof' };

export type LineEditor = { readLine(prompt: string): Promise<LineResult> };

export function createLineEditor(stdin: Input, write: (text: string) => Promise<void>): LineEditor {
  let pending = '';
  const history: string[] = [];
  // A paste is worked through without waiting for I/O: pause now and then for other sessions.
  const pacer = new Pacer();

  return {
    async readLine(prompt) {
      await write(prompt);
      let buffer = '';
      let historyIndex = history.length;
      const replace = async (text: string) => {
        await write('\b \b'.repeat(buffer.length) + text);
        buffer = text;
      };
      for (;;) {
        if (pacer.due()) await pacer.pause();
        if (pending === '') {
          const chunk = await stdin.read();
          if (chunk === null) return buffer ? { kind: 'line', text: buffer } : { kind: 'eof' };
          pending = chunk;
        }
        const c = pending[0]!;
        pending = pending.slice(1);
        if (c === '\r' || c === '\n') {
          if (c === '\r' && pending[0] === '\n') pending = pending.slice(1);
          await write('\r\n');
          if (buffer.trim()) history.push(buffer);
          return { kind: 'line', text: buffer };
        } else if (c === '\x7f' || c === '\b') {
          if (buffer) await replace(buffer.slice(0, -1));
        } else if (c === '\x03') {
          await write('^C\r\n');
          return { kind: 'interrupt' };
        } else if (c === '\x04') {
          if (buffer === '') return { kind: 'eof' };
        } else if (c === '\x15') {
          await replace('');
        } else if (c === '\x0c') {
          await write('\x1b[H\x1b[2J' + prompt + buffer);
        } else if (c === '\x1b') {
          // Escape sequences: arrow keys move in history; the rest are swallowed.
          const match = /^\[[0-9;]*[A-Za-z~]|^O[A-Za-z]/.exec(pending);
          const sequence = match?.[0] ?? '';
          pending = pending.slice(sequence.length);
          const key = sequence.slice(-1);
          if (key === 'A' && historyIndex > 0) await replace(history[--historyIndex]!);
          if (key === 'B' && historyIndex < history.length) {
            historyIndex++;
            await replace(history[historyIndex] ?? '');
          }
        } else if (c >= ' ') {
          // A run of printable characters (a paste) is echoed in one write.
          let end = 0;
          while (end < pending.length && pending[end]! >= ' ' && pending[end] !== '\x7f') end += 1;
          const run = c + pending.slice(0, end);
          pending = pending.slice(end);
          buffer += run;
          await write(run);
        }
      }
    },
  };
}
