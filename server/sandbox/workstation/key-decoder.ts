/**
 * Turns the bytes a terminal sends (already decoded to text) into key presses: control
 * characters, CSI/SS3 escape sequences (arrows, Home/End, Delete, Ctrl-arrows), Alt-prefixed
 * keys and the markers of a bracketed paste. Inside a paste everything but a line break is text.
 */

export type Key =
  | { name: 'text'; text: string }
  | {
      name:
        | 'enter'
        | 'tab'
        | 'backspace'
        | 'delete'
        | 'left'
        | 'right'
        | 'up'
        | 'down'
        | 'home'
        | 'end'
        | 'word-left'
        | 'word-right'
        | 'kill-word-right'
        | 'kill-word-left'
        | 'paste-start'
        | 'paste-end'
        | 'ignored';
    }
  | { name: 'ctrl'; letter: string };

export type Decoded = { key: Key; length: number };

const PASTE_END = '\x1b[201~';

const CSI_KEYS: Record<string, Key['name']> = {
  A: 'up',
  B: 'down',
  C: 'right',
  D: 'left',
  H: 'home',
  F: 'end',
  '1~': 'home',
  '7~': 'home',
  '4~': 'end',
  '8~': 'end',
  '3~': 'delete',
  '200~': 'paste-start',
  '201~': 'paste-end',
  '1;5C': 'word-right',
  '1;5D': 'word-left',
  '1;3C': 'word-right',
  '1;3D': 'word-left',
};

function keyOf(name: Key['name']): Key {
  return { name } as Key;
}

function decodeEscape(buffer: string): Decoded | null {
  if (buffer.length < 2) return null;
  const second = buffer[1]!;
  if (second === '[') {
    // CSI: parameters and intermediates (0x20–0x3F), then one final byte (0x40–0x7E).
    let i = 2;
    while (i < buffer.length && buffer.charCodeAt(i) >= 0x20 && buffer.charCodeAt(i) <= 0x3f)
      i += 1;
    if (i >= buffer.length) return null;
    const body = buffer.slice(2, i + 1);
    return { key: keyOf(CSI_KEYS[body] ?? 'ignored'), length: i + 1 };
  }
  if (second === 'O') {
    if (buffer.length < 3) return null;
    return { key: keyOf(CSI_KEYS[buffer[2]!] ?? 'ignored'), length: 3 };
  }
  const alt: Record<string, Key['name']> = {
    b: 'word-left',
    f: 'word-right',
    d: 'kill-word-right',
    '\x7f': 'kill-word-left',
  };
  return { key: keyOf(alt[second] ?? 'ignored'), length: 2 };
}

/**
 * How many characters at the start of `buffer` are plain text, each of which `decodeKey` would
 * return as a text key: anything but line breaks and escape sequences inside a paste, printable
 * characters otherwise. Lets the reader insert a pasted line in one step.
 */
export function plainTextLength(buffer: string, pasting: boolean): number {
  let i = 0;
  if (pasting) {
    while (i < buffer.length) {
      const code = buffer.charCodeAt(i);
      if (code === 0x0d || code === 0x0a || code === 0x1b) break;
      i += 1;
    }
  } else {
    while (i < buffer.length) {
      const code = buffer.charCodeAt(i);
      if (code < 0x20 || code === 0x7f) break;
      i += 1;
    }
  }
  return i;
}

/**
 * Decodes the first key in `buffer`; null when more bytes are needed (a split escape sequence).
 * `final` says no more bytes will come, so a lone ESC is taken as it is.
 */
export function decodeKey(
  buffer: string,
  options: { pasting: boolean; final?: boolean },
): Decoded | null {
  if (buffer.length === 0) return null;
  const first = buffer[0]!;
  if (options.pasting) {
    if (buffer.startsWith(PASTE_END)) return { key: keyOf('paste-end'), length: PASTE_END.length };
    if (PASTE_END.startsWith(buffer) && !options.final) return null;
    if (first === '\r' || first === '\n') {
      return { key: keyOf('enter'), length: buffer.startsWith('\r\n') ? 2 : 1 };
    }
    const ch = String.fromCodePoint(buffer.codePointAt(0)!);
    return { key: { name: 'text', text: ch }, length: ch.length };
  }
  if (first === '\x1b') {
    const decoded = decodeEscape(buffer);
    if (decoded) return decoded;
    return options.final ? { key: keyOf('ignored'), length: buffer.length } : null;
  }
  if (first === '\r') {
    // A bare "\r\n" (some clients send it for Enter) is one line break, not two.
    return { key: keyOf('enter'), length: buffer.startsWith('\r\n') ? 2 : 1 };
  }
  if (first === '\n') return { key: keyOf('enter'), length: 1 };
  if (first === '\t') return { key: keyOf('tab'), length: 1 };
  if (first === '\x7f' || first === '\x08') return { key: keyOf('backspace'), length: 1 };
  const code = first.charCodeAt(0);
  if (code < 0x20) {
    return { key: { name: 'ctrl', letter: String.fromCharCode(code + 0x60) }, length: 1 };
  }
  const ch = String.fromCodePoint(buffer.codePointAt(0)!);
  return { key: { name: 'text', text: ch }, length: ch.length };
}
