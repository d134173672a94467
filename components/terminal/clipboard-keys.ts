/**
 * Which keys copy and paste in the terminal, on every OS. A terminal needs Ctrl+C for interrupt,
 * so copying uses the conventions of terminal apps:
 *
 * - macOS: Cmd+C copies, Cmd+V pastes (Ctrl+C stays interrupt).
 * - Windows/Linux: Ctrl+Shift+C copies and Ctrl+Shift+V pastes; Ctrl+C copies when text is
 *   selected (and interrupts otherwise); Ctrl+V and Shift+Insert paste.
 *
 * Pastes are left to the browser's own paste event (no clipboard permission prompt); the terminal
 * reads it and sends the text, multi-line blocks included.
 */

export type KeyLike = {
  type: string;
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
};

/** `copy`: copy the selection; `paste`: let the browser paste; `terminal`: a key for the shell. */
export type KeyIntent = 'copy' | 'paste' | 'terminal';

export function readKeyIntent(event: KeyLike, hasSelection: boolean, isMac: boolean): KeyIntent {
  if (event.type !== 'keydown' || event.altKey) return 'terminal';
  const key = event.key.toLowerCase();
  if (isMac) {
    if (event.metaKey && !event.ctrlKey && key === 'c') return 'copy';
    if (event.metaKey && !event.ctrlKey && key === 'v') return 'paste';
    return 'terminal';
  }
  if (event.metaKey) return 'terminal';
  if (event.ctrlKey && event.shiftKey && key === 'c') return 'copy';
  if (event.ctrlKey && event.shiftKey && key === 'v') return 'paste';
  if (event.ctrlKey && !event.shiftKey && key === 'c' && hasSelection) return 'copy';
  if (event.ctrlKey && !event.shiftKey && key === 'v') return 'paste';
  if (event.shiftKey && !event.ctrlKey && key === 'insert') return 'paste';
  if (event.ctrlKey && !event.shiftKey && key === 'insert' && hasSelection) return 'copy';
  return 'terminal';
}

/** Whether the browser runs on Apple's platforms (Cmd is the copy/paste modifier there). */
export function detectMac(nav: { platform?: string; userAgent?: string } | undefined): boolean {
  const hint = `${nav?.platform ?? ''} ${nav?.userAgent ?? ''}`;
  return /Mac|iPhone|iPad|iPod/.test(hint);
}

/** Puts text on the clipboard, falling back to a hidden textarea where the API is unavailable. */
export async function copyText(text: string): Promise<void> {
  if (text.length === 0) return;
  try {
    await navigator.clipboard.writeText(text);
    return;
  } catch {
    // Not a secure context, or permission refused: fall back to the older command.
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.appendChild(area);
  area.select();
  document.execCommand('copy');
  area.remove();
}
