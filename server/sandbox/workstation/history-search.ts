/**
 * Ctrl-R, bash's reverse incremental history search: each typed character narrows the search,
 * Ctrl-R again steps to an older match, Backspace widens it, and the prompt shows the query
 * as `(reverse-i-search)`query': `.
 */

export class HistorySearch {
  query = '';
  failed = false;
  private index: number;

  constructor(
    private readonly entries: readonly string[],
    /** The line being edited when the search started, shown until something matches. */
    readonly original: string,
  ) {
    this.index = entries.length;
  }

  /** The history entry found, or the original line before any match. */
  get match(): string {
    return this.entries[this.index] ?? this.original;
  }

  /** Where the query sits in the match (the cursor goes there). */
  get position(): number {
    const at = this.match.lastIndexOf(this.query);
    return at < 0 ? this.match.length : at;
  }

  get prompt(): string {
    return `(${this.failed ? 'failed ' : ''}reverse-i-search)\`${this.query}': `;
  }

  type(text: string): void {
    this.query += text;
    this.find(Math.min(this.index, this.entries.length - 1));
  }

  older(): void {
    if (this.query) this.find(this.index - 1);
  }

  backspace(): void {
    this.query = this.query.slice(0, -1);
    this.find(this.entries.length - 1);
  }

  /** Searches from `start` towards older entries; keeps the current match when nothing is found. */
  private find(start: number): void {
    for (let i = start; i >= 0; i -= 1) {
      if (this.entries[i]!.includes(this.query)) {
        this.index = i;
        this.failed = false;
        return;
      }
    }
    this.failed = true;
  }
}
