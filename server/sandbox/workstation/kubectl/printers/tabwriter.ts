/**
 * Go's text/tabwriter, which kubectl prints through: tab-terminated cells are aligned per
 * "column block" (consecutive lines that have a cell in that column); the text after a line's
 * last tab is never padded. `get` uses minimum width 6 and padding 3; `describe` uses 0 and 2.
 */

export type TabwriterOptions = { minWidth: number; padding: number };

const getStyle: TabwriterOptions = { minWidth: 6, padding: 3 };

function width(text: string): number {
  return [...text].length;
}

/** Aligns tab-separated text (lines end with `\n`), as tabwriter.Writer + Flush would. */
export function alignTabs(text: string, options: TabwriterOptions): string {
  const endsWithNewline = text.endsWith('\n');
  const lines = (endsWithNewline ? text.slice(0, -1) : text).split('\n').map((l) => l.split('\t'));
  const out: string[] = [];
  const widths: number[] = [];

  const writeLines = (from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const cells = lines[i]!;
      out.push(
        cells
          .map((cell, j) =>
            j < widths.length && j < cells.length - 1
              ? cell + ' '.repeat(Math.max(0, widths[j]! - width(cell)))
              : cell,
          )
          .join(''),
      );
    }
  };

  const format = (line0: number, line1: number) => {
    const column = widths.length;
    let start = line0;
    for (let current = line0; current < line1; current++) {
      if (column >= lines[current]!.length - 1) continue;
      writeLines(start, current);
      start = current;
      let cellWidth = options.minWidth;
      let end = current;
      for (; end < line1; end++) {
        const cells = lines[end]!;
        if (column >= cells.length - 1) break;
        cellWidth = Math.max(cellWidth, width(cells[column]!) + options.padding);
      }
      widths.push(cellWidth);
      format(start, end);
      widths.pop();
      start = end;
      current = end - 1;
    }
    writeLines(start, line1);
  };

  format(0, lines.length);
  return out.join('\n') + (endsWithNewline ? '\n' : '');
}

/**
 * Aligns rows of cells the way `kubectl get` prints its tables. With `memory`, column widths
 * never shrink across calls (as `kubectl get -w` keeps later rows aligned with the header).
 */
export function formatColumns(rows: string[][], memory?: number[]): string {
  if (rows.length === 0) return '';
  if (!memory) return alignTabs(rows.map((r) => `${r.join('\t')}\n`).join(''), getStyle);
  for (const row of rows) {
    row.slice(0, -1).forEach((cell, index) => {
      memory[index] = Math.max(memory[index] ?? getStyle.minWidth, width(cell) + getStyle.padding);
    });
  }
  return rows
    .map((row) =>
      row
        .map((cell, index) =>
          index < row.length - 1
            ? cell + ' '.repeat(Math.max(0, memory[index]! - width(cell)))
            : cell,
        )
        .join(''),
    )
    .map((line) => `${line}\n`)
    .join('');
}
