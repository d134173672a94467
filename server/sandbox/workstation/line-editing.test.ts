import { describe, expect, it } from 'vitest';
import { decodeKey, type Key } from './key-decoder';
import { LineEditor } from './line-editor';
import { formatColumns, measure, renderLine } from './line-layout';

function keys(text: string, pasting = false): Key[] {
  const out: Key[] = [];
  let rest = text;
  while (rest) {
    const decoded = decodeKey(rest, { pasting, final: true })!;
    out.push(decoded.key);
    rest = rest.slice(decoded.length);
  }
  return out;
}

describe('decodeKey', () => {
  it('reads control keys, CSI and SS3 sequences and Alt keys', () => {
    expect(keys('a\r\x7f\x1b[A\x1bOH\x1b[3~\x1b[1;5C\x1bb\x01\t')).toEqual([
      { name: 'text', text: 'a' },
      { name: 'enter' },
      { name: 'backspace' },
      { name: 'up' },
      { name: 'home' },
      { name: 'delete' },
      { name: 'word-right' },
      { name: 'word-left' },
      { name: 'ctrl', letter: 'a' },
      { name: 'tab' },
    ]);
  });

  it('waits for the rest of a split escape sequence, and takes \\r\\n as one Enter', () => {
    expect(decodeKey('\x1b[', { pasting: false })).toBeNull();
    expect(decodeKey('\x1b[20', { pasting: false })).toBeNull();
    expect(decodeKey('\r\nx', { pasting: false })).toEqual({ key: { name: 'enter' }, length: 2 });
  });

  it('treats everything in a paste as text except line breaks and the end marker', () => {
    expect(keys('\t\x1b[A\x01\r\x1b[201~', true)).toEqual([
      { name: 'text', text: '\t' },
      { name: 'text', text: '\x1b' },
      { name: 'text', text: '[' },
      { name: 'text', text: 'A' },
      { name: 'text', text: '\x01' },
      { name: 'enter' },
      { name: 'paste-end' },
    ]);
    expect(decodeKey('\x1b[20', { pasting: true })).toBeNull();
  });
});

describe('LineEditor', () => {
  const type = (editor: LineEditor, text: string) => keys(text).map((key) => editor.handle(key));

  it('edits like readline: Ctrl-A/E, Ctrl-U/K/W, Ctrl-Y, arrows, Delete', () => {
    const editor = new LineEditor(() => [], 100);
    type(editor, 'world\x01hello \x05!');
    expect(editor.line).toBe('hello world!');
    type(editor, '\x17');
    expect(editor.line).toBe('hello ');
    type(editor, '\x19');
    expect(editor.line).toBe('hello world!');
    type(editor, '\x1b[D\x1b[D\x0b');
    expect(editor.line).toBe('hello worl');
    type(editor, '\x01\x1b[3~\x1b[C\x15');
    expect(editor.line).toBe('llo worl');
    expect(editor.cursor).toBe(0);
    expect(editor.handle({ name: 'backspace' })).toEqual({ type: 'bell' });
  });

  it('walks history and returns to the draft', () => {
    const editor = new LineEditor(() => ['one', 'two'], 100);
    type(editor, 'draft\x1b[A');
    expect(editor.line).toBe('two');
    type(editor, '\x1b[A\x1b[A');
    expect(editor.line).toBe('one');
    type(editor, '\x1b[B\x1b[B');
    expect(editor.line).toBe('draft');
  });

  it('reports Enter, Ctrl-C, Ctrl-D on an empty line, Ctrl-L and Tab', () => {
    const editor = new LineEditor(() => [], 100);
    expect(editor.handle({ name: 'ctrl', letter: 'd' })).toEqual({ type: 'eof' });
    type(editor, 'ab\x01');
    expect(editor.handle({ name: 'ctrl', letter: 'd' })).toEqual({ type: 'changed' });
    expect(editor.line).toBe('b');
    expect(editor.handle({ name: 'ctrl', letter: 'c' })).toEqual({ type: 'interrupt' });
    expect(editor.handle({ name: 'ctrl', letter: 'l' })).toEqual({ type: 'clear-screen' });
    expect(editor.handle({ name: 'tab' })).toEqual({ type: 'complete' });
    expect(editor.handle({ name: 'enter' })).toEqual({ type: 'accept', line: 'b' });
  });
});

describe('line layout', () => {
  it('measures wrapped rows, counting a filled row as the start of the next', () => {
    expect(measure('abcde', 5)).toEqual({ row: 1, col: 0 });
    expect(measure('abcdef', 5)).toEqual({ row: 1, col: 1 });
    expect(measure('ab\ncd', 5)).toEqual({ row: 1, col: 2 });
  });

  it('redraws from the prompt row and puts the cursor back', () => {
    // Prompt "$ " + 8 characters on a 5-column terminal: rows "$ abc", "defgh"; cursor after "d".
    const { output, cursorRow } = renderLine('$ ', 'abcdefgh', 4, 5, 2);
    expect(output).toBe('\x1b[2A\r\x1b[J$ abcdefgh\r\n\x1b[1A\r\x1b[1C');
    expect(cursorRow).toBe(1);
  });

  it('lists candidates in columns', () => {
    expect(formatColumns(['delete', 'describe', 'diff'], 20)).toBe(
      'delete    diff\r\ndescribe\r\n',
    );
  });
});
