/**
 * A lesson command block (bash): the server-highlighted command as written, or, on a real cluster,
 * the command rendered for the learner's namespace, which is what Copy and Run then use, with a
 * note where a step works differently there. No icons or other weight: it is on every lesson page.
 */
import type { ReactNode } from 'react';
import type { CommandForLearner } from '@/components/lesson/learner-workspace';
import { CopyButton } from './copy-button';
import { RunSlot } from './run-slot';

export type CommandViewProps = {
  /** The command exactly as the lesson writes it. */
  command: string;
  /** The language label shown in the block's header ("Terminal"). */
  label: string;
  /** The command for the learner's namespace; null shows it as written. */
  adapted: CommandForLearner | null;
  /** The highlighted command as the lesson writes it. */
  children: ReactNode;
};

export function CommandView({ command, label, adapted, children }: CommandViewProps) {
  const text = adapted?.command ?? command;
  const changed = text !== command;
  return (
    <>
      <div className="code-block not-prose my-6 overflow-hidden rounded-lg border border-stone-200 bg-white shadow-sm dark:border-stone-800 dark:bg-[#0d1117]">
        <div className="flex items-center justify-between gap-2 border-b border-stone-200 bg-stone-100 px-3 py-1.5 dark:border-stone-800 dark:bg-stone-900">
          <span className="text-xs font-medium tracking-wide text-stone-600 dark:text-stone-400">
            {label}
            {changed && adapted ? (
              <span className="ml-2 font-normal tracking-normal">
                for your namespace {adapted.namespace}
              </span>
            ) : null}
          </span>
          <span className="flex items-center gap-2 print:hidden">
            <RunSlot command={text} />
            <CopyButton text={text} />
          </span>
        </div>
        <div className="[&_pre]:m-0 [&_pre]:overflow-x-auto [&_pre]:bg-transparent [&_pre]:px-4 [&_pre]:py-3 [&_pre]:font-mono [&_pre]:text-[0.8125rem] [&_pre]:leading-relaxed">
          {changed ? (
            <pre className="text-stone-800 dark:text-stone-200">
              <code>{text}</code>
            </pre>
          ) : (
            children
          )}
        </div>
      </div>
      {adapted?.note ? (
        <p
          role="note"
          className="not-prose -mt-4 mb-6 rounded-r-lg border-l-4 border-sky-600 bg-sky-50 px-4 py-2 text-sm text-stone-800 dark:border-sky-400 dark:bg-sky-950/40 dark:text-stone-200"
        >
          <strong className="font-semibold">On this workshop&apos;s cluster: </strong>
          {adapted.note}
        </p>
      ) : null}
    </>
  );
}
