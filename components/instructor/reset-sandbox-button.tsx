'use client';
/**
 * Resets one learner's cluster space after a confirm dialog (a native modal <dialog>: focus moves
 * into it, Escape cancels). Their saved progress is kept; only the cluster starts over.
 */
import { useRef, useState } from 'react';
import { postJson } from '@/app/join/post-json';
import { dangerButton, secondaryButton } from './styles';

export function ResetSandboxButton({
  learnerId,
  displayName,
}: {
  learnerId: string;
  displayName: string;
}) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [pending, setPending] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: boolean; message: string } | null>(null);

  async function reset() {
    setPending(true);
    const result = await postJson(
      `/api/instructor/learners/${encodeURIComponent(learnerId)}/reset`,
      {},
    );
    setPending(false);
    dialogRef.current?.close();
    setOutcome(
      result.ok
        ? { ok: true, message: `${displayName}’s sandbox was reset.` }
        : { ok: false, message: result.problem.error },
    );
  }

  return (
    <>
      <button type="button" className={dangerButton} onClick={() => dialogRef.current?.showModal()}>
        Reset sandbox
      </button>
      <span
        role="status"
        className={`self-center text-sm ${outcome?.ok === false ? 'text-red-700' : 'text-emerald-800 dark:text-emerald-300'}`}
      >
        {outcome?.message}
      </span>
      <dialog
        ref={dialogRef}
        aria-labelledby={`reset-title-${learnerId}`}
        className="m-auto max-w-md rounded-xl border border-stone-200 bg-white p-6 text-stone-800 shadow-xl backdrop:bg-stone-950/50 dark:border-stone-700 dark:bg-stone-900 dark:text-stone-100"
      >
        <h3 id={`reset-title-${learnerId}`} className="text-lg font-bold">
          Reset {displayName}’s sandbox?
        </h3>
        <p className="mt-2 text-sm">
          Their cluster space starts over, empty: every namespace, Deployment and file they made
          there is deleted. Their progress and check history stay.
        </p>
        <div className="mt-5 flex justify-end gap-3">
          <button
            type="button"
            className={secondaryButton}
            onClick={() => dialogRef.current?.close()}
            autoFocus
          >
            Cancel
          </button>
          <button
            type="button"
            className={dangerButton}
            onClick={() => void reset()}
            disabled={pending}
          >
            {pending ? 'Resetting…' : 'Yes, reset it'}
          </button>
        </div>
      </dialog>
    </>
  );
}
