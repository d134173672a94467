/**
 * Where text lands on a terminal of a given width, and the escape sequences that redraw the
 * prompt and the line being edited in place (wrapping over several rows when it is long).
 */

export type Position = { row: number; col: number };

/**
 * Row and column after writing `text` from the start of a row. A row filled exactly counts as the
 * start of the next one, as a terminal's cursor ends up there after one more character.
 */
export function measure(text: string, columns: number): Position {
  let row = 0;
  let col = 0;
  for (const ch of text) {
    if (ch === '\n') {
      row += 1;
      col = 0;
      continue;
    }
    if (col >= columns) {
      row += 1;
      col = 0;
    }
    col += 1;
  }
  if (col >= columns) return { row: row + 1, col: 0 };
  return { row, col };
}

export type Rendered = { output: string; cursorRow: number };

/**
 * Redraws `prompt + line` from the row where the prompt starts, given that the cursor is now
 * `cursorRow` rows below it, and leaves the cursor at `cursor` (an index into `line`).
 */
export function renderLine(
  prompt: string,
  line: string,
  cursor: number,
  columns: number,
  cursorRow: number,
): Rendered {
  const width = Math.max(1, columns);
  const full = prompt + line;
  let output = cursorRow > 0 ? `\x1b[${cursorRow}A` : '';
  output += `\r\x1b[J${full.replace(/\n/g, '\r\n')}`;
  const end = measure(full, width);
  // A line that fills its last row exactly leaves the cursor in the margin: step onto the next row.
  if (end.col === 0 && full.length > 0 && !full.endsWith('\n')) output += '\r\n';
  const target = measure(prompt + line.slice(0, cursor), width);
  if (end.row > target.row) output += `\x1b[${end.row - target.row}A`;
  output += '\r';
  if (target.col > 0) output += `\x1b[${target.col}C`;
  return { output, cursorRow: target.row };
}

/** Lays out completion candidates in columns, like bash's listing on a second Tab. */
export function formatColumns(items: string[], columns: number): string {
  if (items.length === 0) return '';
  const width = Math.max(...items.map((item) => item.length)) + 2;
  const perRow = Math.max(1, Math.floor(columns / width));
  const rows = Math.ceil(items.length / perRow);
  const lines: string[] = [];
  for (let r = 0; r < rows; r += 1) {
    let line = '';
    for (let c = 0; c < perRow; c += 1) {
      const item = items[c * rows + r];
      if (item !== undefined) line += item.padEnd(width);
    }
    lines.push(line.trimEnd());
  }
  return `${lines.join('\r\n')}\r\n`;
}
