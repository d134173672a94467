/**
 * The editing state of one input line, readline-style: insert and delete, cursor moves by
 * character and word, Ctrl-A/E/U/K/W/Y, and walking the history with Up/Down (an edited line is
 * kept while you look at older ones). It knows nothing about terminals: the shell renders it.
 */
import type { Key } from './key-decoder';

export type EditorResult =
  | { type: 'changed' }
  | { type: 'unchanged' }
  | { type: 'bell' }
  | { type: 'accept'; line: string }
  | { type: 'interrupt' }
  | { type: 'eof' }
  | { type: 'clear-screen' }
  | { type: 'complete' };

const isSpace = (ch: string | undefined) => ch === ' ' || ch === '\t' || ch === '\n';
const isWordChar = (ch: string | undefined) => ch !== undefined && /[A-Za-z0-9_]/.test(ch);

export class LineEditor {
  line = '';
  cursor = 0;
  private historyIndex = 0;
  private draft = '';
  private killed = '';

  constructor(
    private readonly history: () => readonly string[],
    readonly maxLength: number,
  ) {
    this.reset();
  }

  reset(): void {
    this.line = '';
    this.cursor = 0;
    this.historyIndex = this.history().length;
    this.draft = '';
  }

  /** Inserts text at the cursor; false when the line would exceed the length limit. */
  insert(text: string): boolean {
    if (this.line.length + text.length > this.maxLength) return false;
    this.line = this.line.slice(0, this.cursor) + text + this.line.slice(this.cursor);
    this.cursor += text.length;
    return true;
  }

  /** Replaces `line[start, cursor)` with `text` (used by completion). */
  replaceBeforeCursor(start: number, text: string): boolean {
    const next = this.line.slice(0, start) + text + this.line.slice(this.cursor);
    if (next.length > this.maxLength) return false;
    this.line = next;
    this.cursor = start + text.length;
    return true;
  }

  handle(key: Key): EditorResult {
    switch (key.name) {
      case 'text':
        return this.insert(key.text) ? { type: 'changed' } : { type: 'bell' };
      case 'enter':
        return { type: 'accept', line: this.line };
      case 'tab':
        return { type: 'complete' };
      case 'backspace':
        return this.deleteRange(this.cursor - 1, this.cursor);
      case 'delete':
        return this.deleteRange(this.cursor, this.cursor + 1);
      case 'left':
        return this.moveTo(this.cursor - 1);
      case 'right':
        return this.moveTo(this.cursor + 1);
      case 'home':
        return this.moveTo(0);
      case 'end':
        return this.moveTo(this.line.length);
      case 'word-left':
        return this.moveTo(this.wordStartBefore(this.cursor));
      case 'word-right':
        return this.moveTo(this.wordEndAfter(this.cursor));
      case 'kill-word-right':
        return this.kill(this.cursor, this.wordEndAfter(this.cursor));
      case 'kill-word-left':
        return this.kill(this.wordStartBefore(this.cursor), this.cursor);
      case 'up':
        return this.recall(this.historyIndex - 1);
      case 'down':
        return this.recall(this.historyIndex + 1);
      case 'ctrl':
        return this.handleControl(key.letter);
      default:
        return { type: 'unchanged' };
    }
  }

  private handleControl(letter: string): EditorResult {
    switch (letter) {
      case 'a':
        return this.moveTo(0);
      case 'e':
        return this.moveTo(this.line.length);
      case 'b':
        return this.moveTo(this.cursor - 1);
      case 'f':
        return this.moveTo(this.cursor + 1);
      case 'h':
        return this.deleteRange(this.cursor - 1, this.cursor);
      case 'u':
        return this.kill(0, this.cursor);
      case 'k':
        return this.kill(this.cursor, this.line.length);
      case 'w':
        return this.kill(this.unixWordStartBefore(this.cursor), this.cursor);
      case 'y':
        return this.killed && this.insert(this.killed) ? { type: 'changed' } : { type: 'bell' };
      case 'p':
        return this.recall(this.historyIndex - 1);
      case 'n':
        return this.recall(this.historyIndex + 1);
      case 'l':
        return { type: 'clear-screen' };
      case 'c':
        return { type: 'interrupt' };
      case 'd':
        if (this.line === '') return { type: 'eof' };
        return this.deleteRange(this.cursor, this.cursor + 1);
      case 'i':
        return { type: 'complete' };
      case 'j':
      case 'm':
        return { type: 'accept', line: this.line };
      default:
        return { type: 'unchanged' };
    }
  }

  private moveTo(position: number): EditorResult {
    const next = Math.max(0, Math.min(this.line.length, position));
    if (next === this.cursor) return { type: 'unchanged' };
    this.cursor = next;
    return { type: 'changed' };
  }

  private deleteRange(start: number, end: number): EditorResult {
    const from = Math.max(0, start);
    const to = Math.min(this.line.length, end);
    if (from >= to) return { type: 'bell' };
    this.line = this.line.slice(0, from) + this.line.slice(to);
    this.cursor = from;
    return { type: 'changed' };
  }

  private kill(start: number, end: number): EditorResult {
    if (start >= end) return { type: 'unchanged' };
    this.killed = this.line.slice(start, end);
    return this.deleteRange(start, end);
  }

  /** Ctrl-W: back to the previous whitespace, as bash's unix-word-rubout does. */
  private unixWordStartBefore(position: number): number {
    let i = position;
    while (i > 0 && isSpace(this.line[i - 1])) i -= 1;
    while (i > 0 && !isSpace(this.line[i - 1])) i -= 1;
    return i;
  }

  private wordStartBefore(position: number): number {
    let i = position;
    while (i > 0 && !isWordChar(this.line[i - 1])) i -= 1;
    while (i > 0 && isWordChar(this.line[i - 1])) i -= 1;
    return i;
  }

  private wordEndAfter(position: number): number {
    let i = position;
    while (i < this.line.length && !isWordChar(this.line[i])) i += 1;
    while (i < this.line.length && isWordChar(this.line[i])) i += 1;
    return i;
  }

  private recall(index: number): EditorResult {
    const entries = this.history();
    if (index < 0 || index > entries.length) return { type: 'bell' };
    if (this.historyIndex === entries.length) this.draft = this.line;
    this.historyIndex = index;
    this.line = index === entries.length ? this.draft : entries[index]!;
    this.cursor = this.line.length;
    return { type: 'changed' };
  }
}
