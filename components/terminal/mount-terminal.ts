/**
 * Builds the live terminal inside a DOM element: loads xterm and its addons (only in the browser,
 * only when called), fits it to its container, connects it to the learner's shell, and wires
 * copy/paste, theme, resize, lesson **Run** commands and reload persistence. Returns a handle
 * whose `dispose` undoes all of it.
 */
import type { SearchAddon } from '@xterm/addon-search';
import type { TERMINAL_PATH } from '@/server/terminal/protocol';
import { copyText, detectMac, readKeyIntent } from './clipboard-keys';
import { createTerminalConnection, type ConnectionState } from './connection';
import { registerTerminalRunner, toKeystrokes } from './run-command';
import { loadSavedTerminal, saveTerminal } from './screen-store';
import { darkTheme, isDarkPage, lightTheme, watchPageTheme } from './theme';

export type MountedTerminal = {
  search: SearchAddon;
  /** Mirrors the screen into an accessibility tree and announces new output. */
  setScreenReaderMode(on: boolean): void;
  focus(): void;
  reconnect(): void;
  dispose(): void;
};

export type MountOptions = {
  /** Id of an element that explains the keys (set on xterm's input as its description). */
  describedBy?: string;
  /** Aborted when the panel unmounts while xterm is still loading: nothing is built then. */
  signal?: AbortSignal;
  /** Start with xterm's screen-reader support on. */
  screenReaderMode?: boolean;
};

export type MountCallbacks = {
  onState(state: ConnectionState, message?: string): void;
  /** The learner pressed the find shortcut (Ctrl/Cmd+Shift+F). */
  onFindRequest(): void;
};

// Checked against the server's constant: renaming the route breaks this line at compile time.
const terminalPath: typeof TERMINAL_PATH = '/api/terminal';

/** The terminal route on this page's own origin (the server derives everything else). */
export function terminalSocketUrl(location: Pick<Location, 'protocol' | 'host'>): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${terminalPath}`;
}

export async function mountTerminal(
  host: HTMLElement,
  callbacks: MountCallbacks,
  options: MountOptions = {},
): Promise<MountedTerminal | null> {
  const [{ Terminal }, { FitAddon }, { WebLinksAddon }, { SearchAddon }, { SerializeAddon }] =
    await Promise.all([
      import('@xterm/xterm'),
      import('@xterm/addon-fit'),
      import('@xterm/addon-web-links'),
      import('@xterm/addon-search'),
      import('@xterm/addon-serialize'),
    ]);
  // React may unmount before the imports finish (strict mode does on purpose): open no socket.
  if (options.signal?.aborted) return null;
  // The input's name must not contain "Terminal": the container alone carries that label.
  Terminal.strings.promptLabel = 'Shell input';
  const term = new Terminal({
    cursorBlink: true,
    fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace',
    fontSize: 14,
    scrollback: 5000,
    allowProposedApi: true, // the search addon highlights matches with decorations
    screenReaderMode: options.screenReaderMode ?? false,
    theme: isDarkPage() ? darkTheme : lightTheme,
  });
  const fit = new FitAddon();
  const search = new SearchAddon();
  const serialize = new SerializeAddon();
  term.loadAddon(fit);
  term.loadAddon(search);
  term.loadAddon(serialize);
  term.loadAddon(new WebLinksAddon());
  term.open(host);
  fit.fit();
  if (options.describedBy) term.textarea?.setAttribute('aria-describedby', options.describedBy);

  const storage = typeof sessionStorage === 'undefined' ? undefined : sessionStorage;
  const saved = loadSavedTerminal(storage);
  if (saved?.screen) term.write(saved.screen);
  /** Whether the screen shows anything yet (then a fresh shell gets a dividing line). */
  let shown = Boolean(saved?.screen);

  const connection = createTerminalConnection({
    url: terminalSocketUrl(window.location),
    sessionId: saved?.sessionId ?? null,
    offset: saved?.screen ? saved.offset : 0,
    size: () => ({ columns: term.cols, rows: term.rows }),
    events: {
      state: callbacks.onState,
      ready(_sessionId, resumed) {
        if (!resumed && shown) term.write('\r\n\x1b[2m(new shell)\x1b[0m\r\n');
      },
      replay(data, reset) {
        if (reset) term.reset();
        shown ||= data.length > 0;
        term.write(data, () => connection.drawn(data.length));
      },
      output(data) {
        shown = true;
        term.write(data, () => connection.drawn(data.length));
      },
      notice(message) {
        term.write(`\r\n\x1b[33m${message}\x1b[0m\r\n`);
      },
    },
  });

  const isMac = detectMac(navigator);
  term.attachCustomKeyEventHandler((event) => {
    // Tab completes in the shell, so Shift+Tab is the way out: no keyboard trap.
    if (event.key === 'Tab' && event.shiftKey && !event.ctrlKey && !event.metaKey) return false;
    const mod = isMac ? event.metaKey : event.ctrlKey;
    if (event.type === 'keydown' && mod && event.shiftKey && event.key.toLowerCase() === 'f') {
      event.preventDefault();
      callbacks.onFindRequest();
      return false;
    }
    const intent = readKeyIntent(event, term.hasSelection(), isMac);
    if (intent === 'copy') {
      event.preventDefault(); // Ctrl+Shift+C would otherwise open the browser's inspector
      void copyText(term.getSelection());
      return false;
    }
    // Leave pastes to the browser: its paste event reaches xterm, which sends the text.
    return intent === 'terminal';
  });
  const input = term.onData((data) => connection.sendInput(data));
  const resized = term.onResize(({ cols, rows }) => connection.resize(cols, rows));

  let frame = 0;
  const observer = new ResizeObserver(() => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => {
      if (host.clientWidth > 0 && host.clientHeight > 0) fit.fit();
    });
  });
  observer.observe(host);

  const stopTheme = watchPageTheme((dark) => {
    term.options.theme = dark ? darkTheme : lightTheme;
  });

  const unregister = registerTerminalRunner((command) => {
    connection.sendInput(toKeystrokes(command));
    term.focus();
  });

  const save = () => {
    const sessionId = connection.sessionId();
    saveTerminal(
      storage,
      sessionId
        ? { sessionId, offset: connection.drawnOffset(), screen: serialize.serialize() }
        : null,
    );
  };
  window.addEventListener('pagehide', save);
  // Back online: skip the rest of the backoff wait.
  const online = () => connection.reconnect();
  window.addEventListener('online', online);

  return {
    search,
    setScreenReaderMode(on) {
      term.options.screenReaderMode = on;
    },
    focus: () => term.focus(),
    reconnect: () => connection.reconnect(),
    dispose() {
      save();
      window.removeEventListener('pagehide', save);
      window.removeEventListener('online', online);
      unregister();
      stopTheme();
      observer.disconnect();
      cancelAnimationFrame(frame);
      input.dispose();
      resized.dispose();
      connection.dispose();
      term.dispose();
    },
  };
}
