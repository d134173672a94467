import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { LessonMeta } from '@/content/schema';
import { createPrintComponents, PrintQuiz } from './print-components';

const choices = [
  { id: 'yes', label: 'Yes, always' },
  { id: 'no', label: 'No, capabilities are enough' },
];

describe('PrintQuiz', () => {
  it('marks the answer and prints the explanation, with no form controls', () => {
    const html = renderToStaticMarkup(
      createElement(
        PrintQuiz,
        { id: 'qa-privileged', question: 'Privileged?', choices, answer: 'no' },
        'Because least privilege.',
      ),
    );
    expect(html).toContain('No, capabilities are enough (answer)');
    expect(html).not.toContain('Yes, always (answer)');
    expect(html).toContain('Because least privilege.');
    expect(html).not.toMatch(/<input|<button/);
  });

  it('refuses an answer that is not one of the choices', () => {
    expect(() =>
      renderToStaticMarkup(
        createElement(PrintQuiz, { id: 'qa', question: 'Q?', choices, answer: 'maybe' }),
      ),
    ).toThrow(/maybe/);
  });
});

describe('createPrintComponents', () => {
  const lesson: LessonMeta = {
    slug: 'lab',
    title: 'The lab',
    order: 1,
    minutes: 10,
    summary: 'A lesson used by the print component tests.',
    tasks: [{ id: 'prepare', title: 'Prepare the namespace', goal: 'Namespace cfostest exists.' }],
  };

  it('swaps in the printable quiz and keeps the lesson task cards', () => {
    const components = createPrintComponents('kubernetes-security', lesson);
    expect(components.Quiz).toBe(PrintQuiz);
    expect(components.Task).toBeTypeOf('function');
    expect(components.Disclosure).toBeTypeOf('function');
  });
});
