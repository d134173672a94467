/**
 * A lesson command block (bash) for a given learner space: in the sandbox the server-highlighted
 * command as written; on a real cluster the command rendered for the learner's namespace, which is
 * what Copy and Run then use, with a note where a step works differently there.
 */
import type { ReactNode } from 'react';
import type { WorkspaceSummary } from '@/server/workspace/cluster-commands';
import { adaptCommandForWorkspace } from '@/server/workspace/cluster-commands';
import { Callout } from './callout';
import { CopyButton } from './copy-button';
import { RunSlot } from './run-slot';

export type CommandViewProps = {
  /** The command exactly as the lesson writes it. */
  command: string;
  /** The language label shown in the block's header ("Terminal"). */
  label: string;
  workspace: WorkspaceSummary;
  /** The highlighted command as the lesson writes it. */
  children: ReactNode;
};

export function CommandView({ command, label, workspace, children }: CommandViewProps) {
  const adapted = adaptCommandForWorkspace(command, workspace);
  const changed = adapted.command !== command;
  return (
    <>
      <div className="code-block not-prose my-6 overflow-hidden rounded-lg border border-stone-200 bg-white shadow-sm dark:border-stone-800 dark:bg-[#0d1117]">
        <div className="flex items-center justify-between gap-2 border-b border-stone-200 bg-stone-100 px-3 py-1.5 dark:border-stone-800 dark:bg-stone-900">
          <span className="text-xs font-medium tracking-wide text-stone-600 dark:text-stone-400">
            {label}
            {changed && workspace.mode === 'cluster' ? (
              <span className="ml-2 font-normal tracking-normal">
                for your namespace {workspace.namespace}
              </span>
            ) : null}
          </span>
          <span className="flex items-center gap-2 print:hidden">
            <RunSlot command={adapted.command} />
            <CopyButton text={adapted.command} />
          </span>
        </div>
        <div className="[&_pre]:m-0 [&_pre]:overflow-x-auto [&_pre]:bg-transparent [&_pre]:px-4 [&_pre]:py-3 [&_pre]:font-mono [&_pre]:text-[0.8125rem] [&_pre]:leading-relaxed">
          {changed ? (
            <pre className="text-stone-800 dark:text-stone-200">
              <code>{adapted.command}</code>
            </pre>
          ) : (
            children
          )}
        </div>
      </div>
      {adapted.note ? (
        <Callout kind="info" title="On this workshop's cluster">
          <p>{adapted.note}</p>
        </Callout>
      ) : null}
    </>
  );
}
