'use client';
/**
 * A task's **Check** button: asks the server to check the learner's own cluster space for this
 * task (POST /api/checks), announces the verdict in a status region and lists every step with
 * what was expected, what was found and, for a failed step, what to do next.
 */
import Link from 'next/link';
import { useState } from 'react';
import { announceCheckPassed } from '@/components/lesson/learner-progress';
import { CheckIcon, CloseIcon } from '@/components/site/icons';
import {
  describeRefusal,
  describeResult,
  parseCheckResult,
  type CheckResultView,
} from './check-result';

type CheckState =
  | { phase: 'idle' }
  | { phase: 'running' }
  | { phase: 'done'; result: CheckResultView }
  | { phase: 'refused'; message: string; mustJoin: boolean };

async function requestCheck(lesson: string, taskId: string): Promise<CheckState> {
  try {
    const res = await fetch('/api/checks', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ lesson, taskId }),
    });
    const body: unknown = await res.json().catch(() => null);
    if (!res.ok) {
      const message = (body as { error?: string } | null)?.error;
      return {
        phase: 'refused',
        message: describeRefusal(res.status, message),
        mustJoin: res.status === 401,
      };
    }
    return { phase: 'done', result: parseCheckResult(body) };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { phase: 'refused', message: `The check could not run: ${reason}.`, mustJoin: false };
  }
}

export function TaskCheckButton({
  lesson,
  taskId,
  title,
}: {
  lesson: string;
  taskId: string;
  title: string;
}) {
  const [state, setState] = useState<CheckState>({ phase: 'idle' });

  const check = async () => {
    setState({ phase: 'running' });
    const outcome = await requestCheck(lesson, taskId);
    setState(outcome);
    if (outcome.phase === 'done' && outcome.result.passed) announceCheckPassed();
  };

  let verdict = '';
  if (state.phase === 'running') verdict = 'Checking your cluster space…';
  else if (state.phase === 'done') verdict = describeResult(state.result);
  else if (state.phase === 'refused') verdict = state.message;
  const firstFailed = state.phase === 'done' ? state.result.steps.findIndex((s) => !s.ok) : -1;

  return (
    <div className="mt-4">
      <div className="flex flex-wrap items-center gap-3">
        <button
          type="button"
          onClick={check}
          disabled={state.phase === 'running'}
          className="inline-flex items-center gap-2 rounded-md bg-teal-700 px-4 py-2 text-sm font-semibold text-white hover:bg-teal-800 disabled:cursor-wait disabled:opacity-70 dark:bg-teal-500 dark:text-stone-950 dark:hover:bg-teal-400"
        >
          Check<span className="sr-only">: {title}</span>
        </button>
        <p
          role="status"
          className={`text-sm font-medium ${
            state.phase === 'done' && state.result.passed
              ? 'text-emerald-800 dark:text-emerald-300'
              : 'text-stone-700 dark:text-stone-300'
          }`}
        >
          {verdict}
          {state.phase === 'refused' && state.mustJoin ? (
            <>
              {' '}
              <Link href="/join" className="text-teal-800 underline dark:text-teal-300">
                Join now
              </Link>
            </>
          ) : null}
        </p>
      </div>
      {state.phase === 'done' ? (
        <ol className="mt-3 space-y-2 text-sm" aria-label="Check steps">
          {state.result.steps.map((step, index) => (
            <li
              key={`${index}-${step.name}`}
              className={`rounded-lg border px-3 py-2 ${
                step.ok
                  ? 'border-emerald-200 bg-white dark:border-emerald-900 dark:bg-stone-900/60'
                  : 'border-rose-300 bg-rose-50 dark:border-rose-800 dark:bg-rose-950/40'
              }`}
            >
              <p className="flex items-center gap-2 font-semibold text-stone-900 dark:text-stone-100">
                {step.ok ? (
                  <CheckIcon className="size-4 text-emerald-700 dark:text-emerald-400" />
                ) : (
                  <CloseIcon className="size-4 text-rose-700 dark:text-rose-400" />
                )}
                <span>
                  {step.name}
                  <span className="sr-only">{step.ok ? ' (right)' : ' (not yet)'}</span>
                  {index === firstFailed ? (
                    <span className="ml-2 text-xs font-medium text-rose-800 dark:text-rose-300">
                      fix this first
                    </span>
                  ) : null}
                </span>
              </p>
              <dl className="mt-1 grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-0.5 text-stone-700 dark:text-stone-300">
                <dt className="font-medium">Expected</dt>
                <dd className="break-words">{step.expected}</dd>
                <dt className="font-medium">Found</dt>
                <dd className="break-words">{step.actual}</dd>
                {!step.ok && step.hint ? (
                  <>
                    <dt className="font-medium">Hint</dt>
                    <dd className="break-words">{step.hint}</dd>
                  </>
                ) : null}
              </dl>
            </li>
          ))}
        </ol>
      ) : null}
    </div>
  );
}
