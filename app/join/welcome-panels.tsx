'use client';
/**
 * What the join page shows instead of its forms: the welcome after joining (the resume code, shown
 * once, with Copy buttons) or resuming, and "you are signed in" with a way to sign out.
 */
import Link from 'next/link';
import { useEffect, useRef, useState } from 'react';
import { primaryButton, secondaryButton } from './button-styles';
import { CopyButton } from './copy-button';
import { FormProblem } from './form-problem';
import { postJson, type ApiProblem } from './post-json';

export type Joined = { displayName: string; resumeCode: string; resumePath: string };
export type Outcome = { kind: 'joined'; joined: Joined } | { kind: 'resumed'; displayName: string };

export function Welcome({
  outcome,
  continueHref,
  continueLabel,
}: {
  outcome: Outcome;
  continueHref: string;
  continueLabel: string;
}) {
  // The form the learner was in has gone: move focus to what replaced it.
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => panel.current?.focus(), []);
  if (outcome.kind === 'resumed') {
    return (
      <div ref={panel} tabIndex={-1} className="mt-8 space-y-6 outline-none">
        <p role="status" className="text-lg text-stone-800 dark:text-stone-200">
          Welcome back, <strong>{outcome.displayName}</strong>. Your progress is where you left it.
        </p>
        <Link href={continueHref} className={primaryButton}>
          {continueLabel}
        </Link>
      </div>
    );
  }
  const { joined } = outcome;
  const link =
    typeof window === 'undefined'
      ? joined.resumePath
      : `${window.location.origin}${joined.resumePath}`;
  return (
    <div ref={panel} tabIndex={-1} className="mt-8 space-y-6 outline-none">
      <p role="status" className="text-lg text-stone-800 dark:text-stone-200">
        Welcome, <strong>{joined.displayName}</strong>. Your cluster space is ready.
      </p>
      <section
        aria-labelledby="resume-code-heading"
        className="rounded-xl border border-amber-300 bg-amber-50 p-5 dark:border-amber-700 dark:bg-amber-950/40"
      >
        <h2 id="resume-code-heading" className="font-semibold text-stone-900 dark:text-stone-100">
          Your resume code
        </h2>
        <p className="mt-1 text-sm text-stone-700 dark:text-stone-300">
          Write it down or copy it now: it is shown only once. With it you can continue on another
          device or after your session ends.
        </p>
        <p className="mt-3 font-mono text-2xl font-bold tracking-widest text-stone-900 dark:text-stone-50">
          {joined.resumeCode}
        </p>
        <p className="mt-2 text-sm break-all text-stone-700 dark:text-stone-300">
          Resume link:{' '}
          <a
            href={joined.resumePath}
            className="text-teal-800 underline underline-offset-2 dark:text-teal-300"
          >
            {link}
          </a>
        </p>
        <div className="mt-4 flex flex-wrap gap-3">
          <CopyButton text={joined.resumeCode} label="Copy code" className={secondaryButton} />
          <CopyButton text={link} label="Copy link" className={secondaryButton} />
        </div>
      </section>
      <Link href={continueHref} className={primaryButton}>
        {continueLabel}
      </Link>
    </div>
  );
}

export function SignedIn(props: {
  name: string;
  continueHref: string;
  continueLabel: string;
  onSignedOut: () => void;
}) {
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  async function signOut() {
    const result = await postJson('/api/logout', {});
    if (result.ok) props.onSignedOut();
    else setProblem(result.problem);
  }
  return (
    <div className="mt-8 space-y-6">
      <p className="text-lg text-stone-800 dark:text-stone-200">
        You are signed in as <strong>{props.name}</strong>.
      </p>
      <div className="flex flex-wrap gap-3">
        <Link href={props.continueHref} className={primaryButton}>
          {props.continueLabel}
        </Link>
        <button type="button" onClick={signOut} className={secondaryButton}>
          Sign out
        </button>
      </div>
      <FormProblem problem={problem} fields={[]} />
    </div>
  );
}
