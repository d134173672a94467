'use client';
/**
 * `<Quiz id question choices answer>explanation</Quiz>`: a single-answer question. Native radio
 * buttons and a Submit button; the verdict is announced in a status region and the explanation
 * appears once answered. The submitted choice is kept in localStorage under the quiz id.
 */
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useStoredValue, writeStoredValue } from '@/components/site/use-stored-value';
import {
  parseStoredChoice,
  quizStorageKey,
  serializeChoice,
  validateQuiz,
  type QuizChoice,
} from './quiz-state';

export type QuizProps = {
  /** "<chapter>/<lesson>", set by the lesson page; with it, answers are also saved to the server. */
  lesson?: string;
  id: string;
  question: string;
  choices: QuizChoice[];
  answer: string;
  children?: ReactNode;
};

/**
 * Saves the answer to the learner's progress on the server (graded there again). Readers who have
 * not joined a workshop get a 401, which is fine: the answer still lives in this browser.
 */
async function recordAnswer(lesson: string, quizId: string, answer: string) {
  try {
    await fetch('/api/quiz', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ lesson, quizId, answer }),
    });
  } catch {
    // Offline: the local copy is enough for the reader; nothing to tell them.
  }
}

export function Quiz({ lesson, id, question, choices, answer, children }: QuizProps) {
  validateQuiz(id, choices, answer);
  const domId = useId();
  const submitted = parseStoredChoice(useStoredValue(quizStorageKey(id)), choices);
  const [selected, setSelected] = useState<string | undefined>();
  const [nudge, setNudge] = useState(false);
  const current = selected ?? submitted;
  const answered = submitted !== undefined;
  const correct = submitted === answer;
  const answerLabel = choices.find((c) => c.id === answer)?.label;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!current) {
      setNudge(true);
      return;
    }
    setNudge(false);
    setSelected(undefined);
    writeStoredValue(quizStorageKey(id), serializeChoice(current));
    if (lesson) void recordAnswer(lesson, id, current);
  };

  let verdict = '';
  if (nudge) verdict = 'Choose an answer first.';
  else if (answered && correct) verdict = 'Correct!';
  else if (answered) verdict = `Not quite. The answer is: ${answerLabel}.`;

  return (
    <section
      aria-labelledby={`${domId}-label`}
      className="not-prose my-8 rounded-xl border border-stone-200 bg-white p-5 shadow-sm dark:border-stone-800 dark:bg-stone-900/60"
    >
      <p
        id={`${domId}-label`}
        className="text-xs font-semibold tracking-wider text-teal-800 uppercase dark:text-teal-300"
      >
        Check your understanding
      </p>
      <form onSubmit={submit} className="mt-2">
        <fieldset>
          <legend className="text-base font-semibold text-stone-900 dark:text-stone-100">
            {question}
          </legend>
          <div className="mt-3 space-y-2">
            {choices.map((choice) => {
              const isAnswer = answered && choice.id === answer;
              const isWrongPick = answered && !correct && choice.id === submitted;
              return (
                <label
                  key={choice.id}
                  className={`flex cursor-pointer items-start gap-3 rounded-lg border px-3 py-2.5 text-stone-800 has-checked:border-teal-600 has-checked:bg-teal-50 dark:text-stone-200 dark:has-checked:border-teal-400 dark:has-checked:bg-teal-950/40 ${
                    isAnswer
                      ? 'border-emerald-600 dark:border-emerald-400'
                      : isWrongPick
                        ? 'border-rose-600 dark:border-rose-400'
                        : 'border-stone-200 dark:border-stone-700'
                  }`}
                >
                  <input
                    type="radio"
                    name={`${domId}-choice`}
                    value={choice.id}
                    checked={current === choice.id}
                    onChange={() => {
                      setSelected(choice.id);
                      setNudge(false);
                    }}
                    className="mt-1 size-4 accent-teal-700 dark:accent-teal-400"
                  />
                  <span>{choice.label}</span>
                </label>
              );
            })}
          </div>
        </fieldset>
        <div className="mt-4 flex flex-wrap items-center gap-3">
          <button
            type="submit"
            className="rounded-md bg-teal-700 px-4 py-2 text-sm font-semibold text-white hover:bg-teal-800 dark:bg-teal-500 dark:text-stone-950 dark:hover:bg-teal-400"
          >
            Submit
          </button>
          <p
            role="status"
            className={`text-sm font-medium ${
              nudge
                ? 'text-amber-800 dark:text-amber-300'
                : correct
                  ? 'text-emerald-800 dark:text-emerald-300'
                  : 'text-rose-800 dark:text-rose-300'
            }`}
          >
            {verdict}
          </p>
        </div>
      </form>
      {answered ? (
        <div
          role="region"
          aria-label="Explanation"
          className="prose prose-lesson prose-stone dark:prose-invert mt-4 max-w-none border-t border-stone-200 pt-4 text-[0.95rem] dark:border-stone-800"
        >
          <p className="!mt-0 text-xs font-semibold tracking-wider text-stone-600 uppercase dark:text-stone-400">
            Explanation
          </p>
          {children}
        </div>
      ) : null}
    </section>
  );
}
