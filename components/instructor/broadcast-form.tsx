'use client';
/**
 * A message or hint to the class: to everyone, or to the learners stuck on one task right now
 * (the server decides who that is when the message is sent). It appears in their pages.
 */
import { useState, type FormEvent, type RefObject } from 'react';
import { postJson } from '@/app/join/post-json';
import type { DashboardTask } from '@/server/instructor/dashboard-types';
import { panel, panelHeading, primaryButton } from './styles';

export type BroadcastTarget = { kind: 'all' } | { kind: 'stuck'; taskKey: string };

const MAX_LENGTH = 500;

export function BroadcastForm({
  tasks,
  target,
  onTargetChange,
  textRef,
}: {
  tasks: DashboardTask[];
  target: BroadcastTarget;
  onTargetChange: (target: BroadcastTarget) => void;
  textRef: RefObject<HTMLTextAreaElement | null>;
}) {
  const [text, setText] = useState('');
  const [pending, setPending] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: boolean; message: string } | null>(null);
  const value = target.kind === 'all' ? 'all' : target.taskKey;

  async function send(e: FormEvent) {
    e.preventDefault();
    setPending(true);
    setOutcome(null);
    if (target.kind === 'all') {
      const result = await postJson('/api/instructor/broadcasts', { audience: 'all', text });
      setOutcome(
        result.ok
          ? { ok: true, message: 'Sent to everyone.' }
          : { ok: false, message: result.problem.error },
      );
      if (result.ok) setText('');
    } else {
      const result = await postJson<{ sent: number; recipients: string[] }>(
        '/api/instructor/learners/stuck-broadcast',
        { taskKey: target.taskKey, text },
      );
      if (!result.ok) setOutcome({ ok: false, message: result.problem.error });
      else if (result.data.sent === 0) {
        setOutcome({
          ok: false,
          message: 'Nobody is stuck on this task right now: nothing was sent.',
        });
      } else {
        setOutcome({
          ok: true,
          message: `Sent to ${result.data.sent} stuck ${result.data.sent === 1 ? 'learner' : 'learners'}: ${result.data.recipients.join(', ')}.`,
        });
        setText('');
      }
    }
    setPending(false);
  }

  return (
    <section aria-labelledby="broadcast-heading" className={panel}>
      <h2 id="broadcast-heading" className={panelHeading}>
        Message the class
      </h2>
      <form onSubmit={send} className="mt-4 space-y-4">
        <label className="block text-sm font-medium">
          Send to
          <select
            value={value}
            onChange={(e) =>
              onTargetChange(
                e.target.value === 'all'
                  ? { kind: 'all' }
                  : { kind: 'stuck', taskKey: e.target.value },
              )
            }
            className="mt-1 block w-full rounded-lg border border-stone-300 bg-white px-2 py-1.5 font-normal dark:border-stone-700 dark:bg-stone-950"
          >
            <option value="all">Everyone</option>
            {tasks.map((t) => (
              <option key={t.key} value={t.key}>
                Learners stuck on: {t.title}
              </option>
            ))}
          </select>
        </label>
        <label className="block text-sm font-medium">
          Message or hint
          <textarea
            ref={textRef}
            value={text}
            onChange={(e) => setText(e.target.value)}
            rows={3}
            maxLength={MAX_LENGTH}
            required
            className="mt-1 block w-full rounded-lg border border-stone-300 bg-white px-2 py-1.5 font-normal dark:border-stone-700 dark:bg-stone-950"
          />
          <span className="mt-1 block text-xs font-normal text-stone-600 dark:text-stone-400">
            {text.length}/{MAX_LENGTH} characters
          </span>
        </label>
        <button type="submit" className={primaryButton} disabled={pending || !text.trim()}>
          {pending ? 'Sending…' : 'Send message'}
        </button>
        <p
          role="status"
          className={`text-sm ${outcome?.ok === false ? 'text-red-700 dark:text-red-400' : 'text-emerald-800 dark:text-emerald-300'}`}
        >
          {outcome?.message}
        </p>
      </form>
    </section>
  );
}
