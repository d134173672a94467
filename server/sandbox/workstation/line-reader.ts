/**
 * Reads one line at a prompt: decodes keys from the terminal input, applies them to the line
 * editor, redraws, and handles Tab (insert the unique or common part; list on a second Tab) and
 * bracketed paste (pasted text is inserted as typed, line breaks accept the line).
 *
 * A run of plain characters is inserted and echoed at once, and echo is written through
 * `write` (which may buffer) and pushed out with `flush` before waiting for keys; after a slice
 * of work the reader pauses (see `Pacer`) so a long paste does not hold the event loop.
 */
import { HistorySearch } from './history-search';
import { decodeKey, plainTextLength, type Key } from './key-decoder';
import type { LineEditor } from './line-editor';
import { formatColumns, measure, renderLine } from './line-layout';
import { Pacer } from '../runtime/pacer';
import { commonPrefix, type Completions } from './tab-completion';
import type { TerminalInput } from './terminal-input';

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

const CTRL_C: Key = { name: 'ctrl', letter: 'c' };

export type ReadResult = { type: 'line'; line: string } | { type: 'interrupt' } | { type: 'eof' };

export type LineReaderOptions = {
  input: TerminalInput;
  editor: LineEditor;
  write(text: string): Promise<void>;
  /** Sends what `write` buffered; called before waiting for keys and before pausing. */
  flush?(): Promise<void>;
  /** Shared with the shell so a paste's keys and command lines share one work slice. */
  pacer?: Pacer;
  columns(): number;
  complete(line: string, cursor: number): Promise<Completions>;
  history(): readonly string[];
};

export class LineReader {
  private pasting = false;
  private cursorRow = 0;
  private prompt = '';
  private search: HistorySearch | null = null;

  private readonly pacer: Pacer;

  constructor(private readonly options: LineReaderOptions) {
    this.pacer = options.pacer ?? new Pacer();
  }

  private async flush() {
    await this.options.flush?.();
  }

  /** The next key, or null at end of input. Waits (after flushing the echo) when none is typed. */
  private async nextKey(): Promise<Key | null> {
    const { input, editor } = this.options;
    for (;;) {
      if (this.pacer.due()) {
        await this.flush();
        await this.pacer.pause();
      }
      // Ctrl-C ends a paste too: its end marker was flushed with the type-ahead.
      if (input.takeFlush()) this.pasting = false;
      if (input.takeInterrupt()) return CTRL_C;
      const buffer = input.head();
      if (!this.search && buffer) {
        // Plain characters in a row are one insert and one echo, as typing them one by one.
        const run = plainTextLength(buffer, this.pasting);
        const room = editor.maxLength - editor.line.length;
        if (room <= 0 && run > 0) {
          // A full line rings the bell once for the whole run instead of once per character.
          input.consume(run);
          return { name: 'text', text: buffer[0]! };
        }
        let length = Math.min(run, room);
        // Never split a surrogate pair: the character that does not fit is refused whole.
        if (length < run && isHighSurrogate(buffer.charCodeAt(length - 1))) length -= 1;
        if (length > 1) {
          input.consume(length);
          return { name: 'text', text: buffer.slice(0, length) };
        }
      }
      const final = input.isEnded && !input.hasMore;
      const decoded = buffer ? decodeKey(buffer, { pasting: this.pasting, final }) : null;
      if (decoded) {
        input.consume(decoded.length);
        return decoded.key;
      }
      if (input.hasMore) {
        input.joinHead();
        continue;
      }
      await this.flush();
      if (!(await input.waitForMore()) && !input.head()) return null;
    }
  }

  async read(prompt: string): Promise<ReadResult> {
    const { editor, write } = this.options;
    editor.reset();
    this.search = null;
    this.prompt = prompt;
    this.cursorRow = measure(prompt, this.options.columns()).row;
    await write(prompt);
    let lastWasTab: boolean = false;
    for (;;) {
      const key = await this.nextKey();
      if (key === null) return { type: 'eof' };
      if (key.name === 'paste-start' || key.name === 'paste-end') {
        this.pasting = key.name === 'paste-start';
        continue;
      }
      if (this.search && !(await this.searchKey(key))) continue;
      if (key.name === 'ctrl' && key.letter === 'r') {
        this.search = new HistorySearch(this.options.history(), editor.line);
        await this.redraw();
        continue;
      }
      const secondTab: boolean = lastWasTab;
      lastWasTab = false;
      const before = editor.line;
      const result = editor.handle(key);
      switch (result.type) {
        case 'changed':
          await this.show(key.name === 'text' ? key.text : null, before);
          break;
        case 'bell':
          await write('\x07');
          break;
        case 'accept':
          await this.moveToEnd();
          await write('\r\n');
          return { type: 'line', line: result.line };
        case 'interrupt':
          await this.moveToEnd();
          await write('^C\r\n');
          return { type: 'interrupt' };
        case 'eof':
          return { type: 'eof' };
        case 'clear-screen':
          await write('\x1b[H\x1b[2J');
          this.cursorRow = 0;
          await this.redraw();
          break;
        case 'complete':
          lastWasTab = !(await this.complete(secondTab));
          break;
        default:
          break;
      }
    }
  }

  /** Typing at the end of a line only needs the character echoed; anything else redraws. */
  private async show(typed: string | null, before: string) {
    const { editor } = this.options;
    const columns = this.options.columns();
    const appended =
      typed !== null && editor.line === before + typed && editor.cursor === editor.line.length;
    const end = measure(this.prompt + editor.line, columns);
    if (appended && !editor.line.includes('\n') && end.col !== 0) {
      this.cursorRow = end.row;
      await this.options.write(typed);
      return;
    }
    await this.redraw();
  }

  private async moveToEnd() {
    const { editor } = this.options;
    if (editor.cursor === editor.line.length) return;
    editor.cursor = editor.line.length;
    await this.redraw();
  }

  /**
   * Applies a key to the history search. Returns true when the search is over and the key should
   * also act on the line (Enter runs the match; an arrow or Ctrl-A edits it).
   */
  private async searchKey(key: Key): Promise<boolean> {
    const search = this.search!;
    const { editor } = this.options;
    if (key.name === 'text') search.type(key.text);
    else if (key.name === 'backspace') search.backspace();
    else if (key.name === 'ctrl' && key.letter === 'r') search.older();
    else {
      const cancelled = key.name === 'ctrl' && key.letter === 'g';
      editor.line = cancelled ? search.original : search.match;
      editor.cursor = cancelled ? editor.line.length : search.position;
      this.search = null;
      await this.redraw();
      return !cancelled;
    }
    await this.redraw();
    return false;
  }

  private async redraw() {
    const { editor } = this.options;
    const columns = this.options.columns();
    const search = this.search;
    const rendered = search
      ? renderLine(search.prompt, search.match, search.position, columns, this.cursorRow)
      : renderLine(this.prompt, editor.line, editor.cursor, columns, this.cursorRow);
    this.cursorRow = rendered.cursorRow;
    await this.options.write(rendered.output);
  }

  /** Returns true when the line changed (so the next Tab is a first Tab again). */
  private async complete(secondTab: boolean): Promise<boolean> {
    const { editor, write } = this.options;
    const { start, word, candidates } = await this.options.complete(editor.line, editor.cursor);
    if (candidates.length === 1) {
      const only = candidates[0]!;
      const changed = editor.replaceBeforeCursor(start, only.replacement + (only.final ? ' ' : ''));
      if (changed) await this.redraw();
      return changed;
    }
    const prefix = commonPrefix(candidates);
    if (
      candidates.length > 1 &&
      prefix.length > word.length &&
      editor.replaceBeforeCursor(start, prefix)
    ) {
      await this.redraw();
      return true;
    }
    if (candidates.length > 1 && secondTab) {
      const cursor = editor.cursor;
      editor.cursor = editor.line.length;
      await this.redraw();
      editor.cursor = cursor;
      await write(
        `\r\n${formatColumns(
          candidates.map((c) => c.display),
          this.options.columns(),
        )}`,
      );
      this.cursorRow = 0;
      await this.redraw();
      return false;
    }
    await write('\x07');
    return false;
  }
}
