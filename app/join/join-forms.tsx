'use client';
/**
 * The join page's interactive part: the join form, the resume form, and what follows a successful
 * join (the resume code, shown once, with Copy buttons). Errors come from the server's answer and
 * are shown beside the field they concern.
 */
import Link from 'next/link';
import { useState, type FormEvent } from 'react';
import { CopyButton } from './copy-button';
import { postJson, type ApiProblem } from './post-json';
import { TextField } from './text-field';

type Props = {
  eventCodeRequired: boolean;
  initialResumeCode: string;
  signedInAs: string | null;
  continueHref: string;
  continueLabel: string;
};

type Joined = { displayName: string; resumeCode: string; resumePath: string };
type Outcome = { kind: 'joined'; joined: Joined } | { kind: 'resumed'; displayName: string };

const primaryButton =
  'inline-flex items-center rounded-lg bg-teal-700 px-5 py-2.5 font-semibold text-white hover:bg-teal-800 disabled:opacity-60 dark:bg-teal-500 dark:text-stone-950 dark:hover:bg-teal-400';
const secondaryButton =
  'inline-flex items-center rounded-lg border border-stone-300 bg-white px-4 py-2 font-semibold text-stone-800 hover:border-teal-600 hover:text-teal-800 dark:border-stone-700 dark:bg-stone-900 dark:text-stone-100 dark:hover:border-teal-400 dark:hover:text-teal-300';

export function JoinForms(props: Props) {
  const [signedInAs, setSignedInAs] = useState(props.signedInAs);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  if (outcome) return <Welcome outcome={outcome} {...props} />;
  if (signedInAs) {
    return (
      <SignedIn
        name={signedInAs}
        continueHref={props.continueHref}
        continueLabel={props.continueLabel}
        onSignedOut={() => setSignedInAs(null)}
      />
    );
  }
  return (
    <div className="mt-8 space-y-10">
      <JoinForm
        eventCodeRequired={props.eventCodeRequired}
        onJoined={(joined) => setOutcome({ kind: 'joined', joined })}
      />
      <ResumeForm
        initialCode={props.initialResumeCode}
        onResumed={(displayName) => setOutcome({ kind: 'resumed', displayName })}
      />
    </div>
  );
}

function JoinForm({
  eventCodeRequired,
  onJoined,
}: {
  eventCodeRequired: boolean;
  onJoined: (j: Joined) => void;
}) {
  const [name, setName] = useState('');
  const [eventCode, setEventCode] = useState('');
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setPending(true);
    setProblem(null);
    const body = eventCodeRequired ? { displayName: name, eventCode } : { displayName: name };
    const result = await postJson<{
      learner: { displayName: string };
      resumeCode: string;
      resumePath: string;
    }>('/api/join', body);
    setPending(false);
    if (!result.ok) return setProblem(result.problem);
    onJoined({
      displayName: result.data.learner.displayName,
      resumeCode: result.data.resumeCode,
      resumePath: result.data.resumePath,
    });
  }

  return (
    <section aria-labelledby="join-heading">
      <h2 id="join-heading" className="text-xl font-semibold text-stone-900 dark:text-stone-100">
        New here?
      </h2>
      <form onSubmit={submit} noValidate className="mt-4 space-y-4">
        <TextField
          id="display-name"
          label="Display name"
          hint="1–40 characters: letters, digits, spaces and . - _ '. Your instructor sees this name."
          value={name}
          onChange={setName}
          autoComplete="nickname"
          maxLength={60}
          error={problem?.field === 'displayName' ? problem.error : undefined}
        />
        {eventCodeRequired && (
          <TextField
            id="event-code"
            label="Event code"
            hint="Your instructor gives it out at the start of the session."
            value={eventCode}
            onChange={setEventCode}
            autoComplete="off"
            maxLength={100}
            error={problem?.field === 'eventCode' ? problem.error : undefined}
          />
        )}
        <FormProblem problem={problem} fields={['displayName', 'eventCode']} />
        <button type="submit" className={primaryButton} disabled={pending}>
          {pending ? 'Joining…' : 'Join the workshop'}
        </button>
      </form>
    </section>
  );
}

function ResumeForm({
  initialCode,
  onResumed,
}: {
  initialCode: string;
  onResumed: (name: string) => void;
}) {
  const [code, setCode] = useState(initialCode);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setPending(true);
    setProblem(null);
    const result = await postJson<{ learner: { displayName: string } }>('/api/resume', {
      resumeCode: code,
    });
    setPending(false);
    if (!result.ok) return setProblem(result.problem);
    onResumed(result.data.learner.displayName);
  }

  return (
    <section
      aria-labelledby="resume-heading"
      className="border-t border-stone-200 pt-8 dark:border-stone-800"
    >
      <h2 id="resume-heading" className="text-xl font-semibold text-stone-900 dark:text-stone-100">
        Coming back?
      </h2>
      <form onSubmit={submit} noValidate className="mt-4 space-y-4">
        <TextField
          id="resume-code"
          label="Resume code"
          hint="The code you were shown when you joined, like K7Q-4MZ-9TD-2HX."
          value={code}
          onChange={setCode}
          autoComplete="off"
          maxLength={64}
          mono
          error={problem?.field === 'resumeCode' ? problem.error : undefined}
        />
        <FormProblem problem={problem} fields={['resumeCode']} />
        <button type="submit" className={secondaryButton} disabled={pending}>
          {pending ? 'Resuming…' : 'Resume'}
        </button>
      </form>
    </section>
  );
}

/** Problems that belong to no field on screen (rate limit, server trouble) show above the button. */
function FormProblem({ problem, fields }: { problem: ApiProblem | null; fields: string[] }) {
  if (!problem || (problem.field && fields.includes(problem.field))) return null;
  return (
    <p
      role="alert"
      className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200"
    >
      {problem.error}
    </p>
  );
}

function Welcome({ outcome, continueHref, continueLabel }: Props & { outcome: Outcome }) {
  if (outcome.kind === 'resumed') {
    return (
      <div className="mt-8 space-y-6">
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
    <div className="mt-8 space-y-6">
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

function SignedIn(props: {
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
