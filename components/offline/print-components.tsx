/**
 * The lesson vocabulary for the printable chapter: the same components as the lesson page, but
 * quizzes show their answer and explanation, and every disclosure is printed open.
 */
import type { MDXComponents } from 'mdx/types';
import type { ReactNode } from 'react';
import type { LessonMeta } from '@/content/schema';
import { Disclosure, type DisclosureKind } from '@/components/mdx/disclosure';
import { createLessonComponents } from '@/components/mdx/lesson-components';
import { validateQuiz, type QuizChoice } from '@/components/mdx/quiz-state';

type PrintQuizProps = {
  id: string;
  question: string;
  choices: QuizChoice[];
  answer: string;
  children?: ReactNode;
};

export function PrintQuiz({ id, question, choices, answer, children }: PrintQuizProps) {
  validateQuiz(id, choices, answer);
  return (
    <section className="not-prose my-6 break-inside-avoid rounded-xl border border-stone-300 p-4">
      <p className="text-xs font-semibold tracking-wider text-teal-800 uppercase">
        Check your understanding
      </p>
      <p className="mt-1 font-semibold text-stone-900 dark:text-stone-100">{question}</p>
      <ul className="mt-2 space-y-1">
        {choices.map((choice) => (
          <li key={choice.id} className={choice.id === answer ? 'font-semibold' : undefined}>
            {choice.id === answer ? '✔ ' : '○ '}
            {choice.label}
            {choice.id === answer ? ' (answer)' : ''}
          </li>
        ))}
      </ul>
      {children ? (
        <div className="prose prose-stone prose-lesson dark:prose-invert mt-3 max-w-none border-t border-stone-200 pt-3 text-[0.95rem]">
          {children}
        </div>
      ) : null}
    </section>
  );
}

/** Disclosures render as <details>; printing must show what they hold, so they start open. */
function OpenDisclosure(props: { kind: DisclosureKind; title: string; children?: ReactNode }) {
  return (
    <div className="print-open-details break-inside-avoid">
      <Disclosure {...props} />
    </div>
  );
}

export function createPrintComponents(chapterSlug: string, lesson: LessonMeta): MDXComponents {
  return {
    ...createLessonComponents(chapterSlug, lesson),
    Quiz: PrintQuiz,
    Disclosure: OpenDisclosure,
  };
}
