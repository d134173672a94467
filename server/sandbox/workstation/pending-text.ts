/**
 * Type-ahead waiting for the line editor, kept as the chunks it arrived in with a read position
 * in the first one. Taking a key is then O(1): a long paste is never copied or re-split as a
 * whole for every key or line, as one growing string would be.
 */
export class PendingText {
  private chunks: string[] = [];
  private offset = 0;
  private total = 0;

  /** Characters waiting. */
  get length(): number {
    return this.total;
  }

  /** More than the first chunk is waiting (a key split across chunks can be joined). */
  get hasMoreChunks(): boolean {
    return this.chunks.length > 1;
  }

  push(text: string): void {
    if (text === '') return;
    this.chunks.push(text);
    this.total += text.length;
  }

  /** What is left of the first chunk: enough for any key that did not arrive split. */
  head(): string {
    const first = this.chunks[0];
    if (first === undefined) return '';
    return this.offset === 0 ? first : first.slice(this.offset);
  }

  /** Joins the first two chunks, for a key (an escape sequence) that arrived split. */
  joinHead(): void {
    if (this.chunks.length < 2) return;
    const [first, second] = this.chunks as [string, string];
    this.chunks.splice(0, 2, first.slice(this.offset) + second);
    this.offset = 0;
  }

  consume(length: number): void {
    let left = Math.min(length, this.total);
    this.total -= left;
    while (left > 0) {
      const first = this.chunks[0]!;
      const rest = first.length - this.offset;
      if (left < rest) {
        this.offset += left;
        return;
      }
      left -= rest;
      this.chunks.shift();
      this.offset = 0;
    }
  }

  /** Everything waiting, as one string (type-ahead handed to a command, tests). */
  take(): string {
    const text = this.toString();
    this.clear();
    return text;
  }

  clear(): void {
    this.chunks = [];
    this.offset = 0;
    this.total = 0;
  }

  toString(): string {
    return this.head() + this.chunks.slice(1).join('');
  }
}
