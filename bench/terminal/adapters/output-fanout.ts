/**
 * Hands a terminal's output to its listeners, keeping what arrives before the first listener.
 *
 * Why: `ws` emits `open` and then, in the same turn, any messages that came in the same network
 * read as the handshake answer; the caller's `await connect()` resumes only after that, so a
 * prompt sent at once would otherwise be dropped and the terminal would seem never to answer.
 */
export type OutputFanout = {
  emit(text: string): void;
  onOutput(listener: (text: string) => void): void;
};

export function createOutputFanout(): OutputFanout {
  const listeners: ((text: string) => void)[] = [];
  let early: string[] | null = [];
  return {
    emit(text) {
      if (early) early.push(text);
      for (const listener of listeners) listener(text);
    },
    onOutput(listener) {
      listeners.push(listener);
      if (early) {
        const kept = early.join('');
        early = null;
        if (kept) listener(kept);
      }
    },
  };
}
