/**
 * A pty's canonical mode for programs that are not shells (`kubectl exec -it pod -- cat`): typed
 * characters are echoed, Enter hands the program a whole line, backspace edits it, and Ctrl-D on
 * an empty line is end of input. Shells switch the tty to raw mode and edit lines themselves.
 * What follows a line break in the same chunk (a pasted block) waits for the next read.
 */

import type { Input } from './types';

export function createCookedInput(raw: Input, echo: (text: string) => Promise<void>): Input {
  let line = '';
  let pending = '';
  let ended = false;
  return {
    async read() {
      while (!ended) {
        if (pending === '') {
          const chunk = await raw.read();
          if (chunk === null) break;
          pending = chunk;
        }
        let typed = '';
        for (let i = 0; i < pending.length; i += 1) {
          const c = pending[i]!;
          if (c === '\r' || c === '\n') {
            await echo(`${typed}\r\n`);
            pending = pending.slice(i + 1);
            const complete = line + '\n';
            line = '';
            return complete;
          }
          if (c === '\x04') {
            await echo(typed);
            pending = pending.slice(i + 1);
            if (line === '') {
              ended = true;
              return null;
            }
            const partial = line;
            line = '';
            return partial;
          }
          if (c === '\x7f' || c === '\b') {
            if (line) {
              line = line.slice(0, -1);
              typed += '\b \b';
            }
          } else if (c >= ' ' || c === '\t') {
            line += c;
            typed += c;
          }
        }
        pending = '';
        // Echo once per chunk rather than once per character.
        await echo(typed);
      }
      ended = true;
      return null;
    },
  };
}
