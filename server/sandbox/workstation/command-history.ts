/**
 * The shell's command history, shared by every terminal attached to the same workstation. Like
 * bash with `HISTCONTROL=ignoreboth`: blank lines, lines starting with a space and immediate
 * repeats are not recorded. A multi-line command is one entry.
 */

export const MAX_HISTORY_ENTRIES = 1000;

export class CommandHistory {
  private readonly entries: string[];

  constructor(entries: string[] = []) {
    this.entries = entries.slice(-MAX_HISTORY_ENTRIES);
  }

  add(entry: string): void {
    if (entry.trim() === '' || entry.startsWith(' ')) return;
    if (this.entries.at(-1) === entry) return;
    this.entries.push(entry);
    if (this.entries.length > MAX_HISTORY_ENTRIES) this.entries.shift();
  }

  list(): readonly string[] {
    return this.entries;
  }

  clear(): void {
    this.entries.length = 0;
  }

  /** `history` output: right-aligned numbers, two spaces, the command. */
  format(last?: number): string {
    const start = last === undefined ? 0 : Math.max(0, this.entries.length - last);
    return this.entries
      .slice(start)
      .map((entry, i) => `${String(start + i + 1).padStart(5)}  ${entry}\n`)
      .join('');
  }
}
