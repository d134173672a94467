/**
 * Pairs each typed key with its echo in a terminal's output stream. Keys are matched in order:
 * the first drawn character equal to the oldest unanswered key answers it. Escape sequences
 * (cursor moves, colours, bracketed-paste switches) are skipped even when split across chunks,
 * so the digits inside `ESC [ 2004 h` are never mistaken for echoed keys.
 */
type ScanState = 'text' | 'escape' | 'csi' | 'osc' | 'osc-escape' | 'charset';

/** One key and its echo: when it was sent, and how long the echo took (ms). */
export type Echo = { sentAt: number; roundTrip: number };

export type EchoMatcher = {
  /** Notes that `key` (one character) was sent at `sentAt` (ms). */
  expect(key: string, sentAt: number): void;
  /** Reads output that arrived at `now`; returns the keys it answers. */
  feed(output: string, now: number): Echo[];
  /** Keys sent and not yet echoed. */
  pending(): number;
  /** Forgets unanswered keys (they count as lost) and returns when each was sent. */
  dropPending(): number[];
};

export function createEchoMatcher(): EchoMatcher {
  const queue: { key: string; sentAt: number }[] = [];
  let state: ScanState = 'text';

  /** Advances the escape-sequence scanner; true when `ch` is drawn text. */
  const isDrawnText = (ch: string): boolean => {
    switch (state) {
      case 'text':
        if (ch === '\x1b') state = 'escape';
        return ch !== '\x1b';
      case 'escape':
        state =
          ch === '[' ? 'csi' : ch === ']' ? 'osc' : ch === '(' || ch === ')' ? 'charset' : 'text';
        return false;
      case 'csi':
        // Parameters and intermediates are 0x20–0x3f; a final byte (0x40–0x7e) ends it.
        if (ch >= '@' && ch <= '~') state = 'text';
        return false;
      case 'osc':
        if (ch === '\x07') state = 'text';
        else if (ch === '\x1b') state = 'osc-escape';
        return false;
      case 'osc-escape':
      case 'charset':
        state = 'text';
        return false;
    }
  };

  return {
    expect(key, sentAt) {
      if (key.length !== 1) throw new Error(`expected one character, got ${JSON.stringify(key)}`);
      queue.push({ key, sentAt });
    },
    feed(output, now) {
      const echoes: Echo[] = [];
      for (const ch of output) {
        if (!isDrawnText(ch)) continue;
        const oldest = queue[0];
        if (oldest && oldest.key === ch) {
          queue.shift();
          echoes.push({ sentAt: oldest.sentAt, roundTrip: now - oldest.sentAt });
        }
      }
      return echoes;
    },
    pending: () => queue.length,
    dropPending: () => queue.splice(0).map((entry) => entry.sentAt),
  };
}
