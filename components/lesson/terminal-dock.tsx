/**
 * The learner's terminal, docked to the bottom of a lesson page so it stays in reach while the
 * lesson scrolls. Closed, it is one "Open terminal" button; xterm loads only once it is opened (by
 * that button or by a command's Run button). globals.css pads the page while it is open.
 */
import { LazyTerminal } from '@/components/terminal/lazy-terminal';

export function TerminalDock() {
  return (
    <aside
      id="terminal-dock"
      aria-label="Terminal dock"
      className="pointer-events-none fixed inset-x-0 bottom-0 z-40 print:hidden"
    >
      <div className="mx-auto flex max-w-7xl justify-end px-4 pb-4 sm:px-6 has-[[data-terminal-status]]:block has-[[data-terminal-status]]:px-0 has-[[data-terminal-status]]:pb-0 sm:has-[[data-terminal-status]]:px-6">
        <div className="pointer-events-auto rounded-lg shadow-lg has-[[data-terminal-status]]:rounded-b-none has-[[data-terminal-status]]:border has-[[data-terminal-status]]:border-b-0 has-[[data-terminal-status]]:border-stone-300 has-[[data-terminal-status]]:bg-stone-50 has-[[data-terminal-status]]:p-2 dark:has-[[data-terminal-status]]:border-stone-700 dark:has-[[data-terminal-status]]:bg-stone-950">
          <LazyTerminal className="h-[min(24rem,45dvh)]!" />
        </div>
      </div>
    </aside>
  );
}
