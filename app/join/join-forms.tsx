'use client';
/**
 * The join page's interactive part: the join form and the resume form, then the welcome panel.
 * Errors come from the server's answer and are shown beside the field they concern.
 */
import { useState, type FormEvent } from 'react';
import { primaryButton, secondaryButton } from './button-styles';
import { FormProblem } from './form-problem';
import { postJson, type ApiProblem } from './post-json';
import { TextField } from './text-field';
import { SignedIn, Welcome, type Joined, type Outcome } from './welcome-panels';

type Props = {
  eventCodeRequired: boolean;
  initialResumeCode: string;
  signedInAs: string | null;
  continueHref: string;
  continueLabel: string;
};

export function JoinForms(props: Props) {
  const [signedInAs, setSignedInAs] = useState(props.signedInAs);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  if (outcome) {
    return (
      <Welcome
        outcome={outcome}
        continueHref={props.continueHref}
        continueLabel={props.continueLabel}
      />
    );
  }
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
