/**
 * A pty's canonical mode for programs that are not shells (`kubectl exec -it pod -- cat`): typed
 * characters are echoed, Enter hands the program a whole line, backspace edits it, and Ctrl-D on
 * an empty line is end of input. Shells switch the tty to raw mode and edit lines themselves.
 */

import type { Input } from './types';

export function createCookedInput(raw: Input, echo: (text: string) => Promise<void>): Input {
  let line = '';
  let ended = false;
  return {
    async read() {
      while (!ended) {
        const chunk = await raw.read();
        if (chunk === null) break;
        for (const c of chunk) {
          if (c === '\r' || c === '\n') {
            await echo('\r\n');
            const complete = line + '\n';
            line = '';
            return complete;
          }
          if (c === '\x04') {
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
              await echo('\b \b');
            }
          } else if (c >= ' ' || c === '\t') {
            line += c;
            await echo(c);
          }
        }
      }
      ended = true;
      return null;
    },
  };
}
