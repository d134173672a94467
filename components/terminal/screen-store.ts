/**
 * Remembers this tab's terminal across page reloads: which shell it was attached to, how much of
 * its output was drawn, and the screen itself (serialised by xterm's serialize addon). Stored per
 * tab (sessionStorage), so two tabs keep two terminals.
 */

export type SavedTerminal = {
  /** The server's id for the shell, to reattach to. */
  sessionId: string;
  /** Output offset the saved screen corresponds to. */
  offset: number;
  /** The screen as escape sequences that redraw it (may be empty). */
  screen: string;
};

const KEY = 'workshop.terminal';
/** Screens larger than this are not saved (reattaching replays recent output anyway). */
const MAX_SCREEN_CHARS = 512 * 1024;

export function loadSavedTerminal(storage: Storage | undefined): SavedTerminal | null {
  try {
    const raw = storage?.getItem(KEY);
    if (!raw) return null;
    const value = JSON.parse(raw) as Partial<SavedTerminal>;
    if (typeof value.sessionId !== 'string' || typeof value.offset !== 'number') return null;
    return {
      sessionId: value.sessionId,
      offset: value.offset,
      screen: typeof value.screen === 'string' ? value.screen : '',
    };
  } catch {
    return null;
  }
}

export function saveTerminal(storage: Storage | undefined, saved: SavedTerminal | null): void {
  try {
    if (!saved) return storage?.removeItem(KEY);
    const screen = saved.screen.length <= MAX_SCREEN_CHARS ? saved.screen : '';
    // Without its screen the offset means nothing: ask for a full replay instead.
    const offset = screen || saved.screen.length === 0 ? saved.offset : 0;
    storage?.setItem(KEY, JSON.stringify({ ...saved, screen, offset }));
  } catch {
    // Storage full or disabled: the terminal still works, it just will not survive a reload.
  }
}
