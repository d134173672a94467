/**
 * Where a bash block's **Run** button goes. It renders nothing until the terminal exists; then it
 * becomes a small client leaf that calls `runInTerminal(command)` from
 * `components/terminal/run-command.ts` (a module that does not load xterm).
 */
export function RunSlot(_props: { command: string }) {
  return null;
}
