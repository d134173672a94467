/**
 * A bash block's **Run** button: it types the command into the learner's terminal, opening the
 * terminal first when needed. The button is a small client leaf that talks to the terminal through
 * `components/terminal/run-command.ts`, which does not load xterm.
 */
import { RunButton } from '@/components/terminal/run-button';

export function RunSlot({ command }: { command: string }) {
  return <RunButton command={command} />;
}
