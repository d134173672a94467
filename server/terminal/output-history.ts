/**
 * The recent output of one shell, bounded, so a browser that reconnects can be shown what it
 * missed (or, if it missed too much, the recent screen again) without memory growing with the
 * length of the session.
 *
 * Positions are offsets in the shell's whole output, counted in UTF-16 code units from the start.
 */

export type OutputHistory = {
  /** Adds output at the end, dropping the oldest output beyond the limit. */
  append(text: string): void;
  /** Offset of the oldest output still held. */
  start(): number;
  /** Offset right after the newest output (the total ever appended). */
  end(): number;
  /** Output from `offset` to the end, or null when `offset` is no longer (or not yet) held. */
  readFrom(offset: number): string | null;
};

export function createOutputHistory(limit: number): OutputHistory {
  if (!Number.isInteger(limit) || limit < 1) {
    throw new Error(`output history limit must be a positive integer, got ${limit}`);
  }
  const chunks: string[] = [];
  let held = 0;
  let total = 0;

  const trim = () => {
    while (held > limit) {
      const first = chunks[0] as string;
      const excess = held - limit;
      if (first.length <= excess) {
        chunks.shift();
        held -= first.length;
        continue;
      }
      let cut = excess;
      // Never start on the second half of a surrogate pair: it would draw as a broken glyph.
      if (isLowSurrogate(first.charCodeAt(cut))) cut += 1;
      chunks[0] = first.slice(cut);
      held -= cut;
    }
  };

  return {
    append(text) {
      if (text.length === 0) return;
      chunks.push(text);
      held += text.length;
      total += text.length;
      trim();
    },
    start: () => total - held,
    end: () => total,
    readFrom(offset) {
      const first = total - held;
      if (!Number.isInteger(offset) || offset < first || offset > total) return null;
      const all = chunks.length === 1 ? (chunks[0] as string) : chunks.join('');
      if (chunks.length > 1) chunks.splice(0, chunks.length, all);
      return all.slice(offset - first);
    },
  };
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
