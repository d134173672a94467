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
let runner: Runner | null = null;

/** Types `command` into the open terminal and presses Enter, opening the terminal first if needed. */
export function runInTerminal(command: string): void {
  const text = command.replace(/\s+$/, '');
  if (text.length === 0) return;
  if (runner) return runner(text);
  waiting.push(text);
  openRequests.forEach((open) => open());
}

/**
 * Called by the open terminal: from now on commands go to `run`. Commands that were waiting are
 * handed over at once. Returns a function that unregisters (when the terminal closes).
 */
export function registerTerminalRunner(run: Runner): () => void {
  runner = run;
  waiting.splice(0).forEach((command) => run(command));
  return () => {
    if (runner === run) runner = null;
  };
}

/** Called by the page's terminal host: `open` runs when a command needs a terminal. */
export function onTerminalOpenRequest(open: OpenRequest): () => void {
  openRequests.add(open);
  return () => openRequests.delete(open);
}

/** Turns a (possibly multi-line) command block into keystrokes: each line ends with Enter. */
export function toKeystrokes(command: string): string {
  return command.replace(/\r?\n/g, '\r') + '\r';
}
