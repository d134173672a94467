/**
 * A tiny bus between a lesson's command blocks and the learner's terminal. A **Run** button calls
 * `runInTerminal(command)`; if no terminal is open yet, the command waits here and the page is
 * asked to open one, which then takes the waiting commands. No xterm here, so command blocks stay
 * light and render on the server.
 */

type Runner = (command: string) => void;
type OpenRequest = () => void;

const waiting: string[] = [];
const openRequests = new Set<OpenRequest>();
const watchers = new Set<() => void>();
let runner: Runner | null = null;

const notify = () => watchers.forEach((watch) => watch());

/** Types `command` into the open terminal and presses Enter, opening the terminal first if needed. */
export function runInTerminal(command: string): void {
  const text = command.replace(/\s+$/, '');
  if (text.length === 0) return;
  // Ask the page to show its terminal even when one exists: it may be hidden or collapsed.
  openRequests.forEach((open) => open());
  if (runner) return runner(text);
  waiting.push(text);
}

/**
 * Called by the open terminal: from now on commands go to `run`. Commands that were waiting are
 * handed over at once. Returns a function that unregisters (when the terminal closes).
 */
export function registerTerminalRunner(run: Runner): () => void {
  runner = run;
  waiting.splice(0).forEach((command) => run(command));
  notify();
  return () => {
    if (runner === run) runner = null;
    notify();
  };
}

/** Called by the page's terminal host: `open` runs when a command needs the terminal shown. */
export function onTerminalOpenRequest(open: OpenRequest): () => void {
  openRequests.add(open);
  notify();
  return () => {
    openRequests.delete(open);
    notify();
  };
}

/** Whether this page has a terminal, open or ready to open (else Run buttons hide). */
export function isTerminalAvailable(): boolean {
  return runner !== null || openRequests.size > 0;
}

/** Calls `watch` when `isTerminalAvailable()` may have changed; returns an unsubscribe. */
export function watchTerminalAvailability(watch: () => void): () => void {
  watchers.add(watch);
  return () => watchers.delete(watch);
}

/** Turns a (possibly multi-line) command block into keystrokes: each line ends with Enter. */
export function toKeystrokes(command: string): string {
  return command.replace(/\r?\n/g, '\r') + '\r';
}
