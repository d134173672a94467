import { Children, createElement, type ReactElement, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { LessonMeta } from '@/content/schema';
import { Callout } from './callout';
import { CodeBlock, readFence } from './code-block';
import { Disclosure } from './disclosure';
import { ExpectedOutput } from './expected-output';
import { FourCDiagram } from './four-c-diagram';
import { TaskCard } from './task-card';

/** What MDX produces for a fenced block: <pre><code className="language-x">text\n</code></pre>. */
const fence = (language: string | undefined, text: string) =>
  createElement('code', { className: language ? `language-${language}` : undefined }, `${text}\n`);

const lesson: LessonMeta = {
  slug: 'lab',
  title: 'The lab',
  order: 1,
  minutes: 10,
  summary: 'A lesson used by the vocabulary tests.',
  tasks: [
    { id: 'prepare', title: 'Prepare the namespace', goal: 'Namespace cfostest exists.' },
    { id: 'deploy', title: 'Deploy cFOS', goal: 'The Deployment is rolled out.' },
  ],
};

describe('readFence', () => {
  it('reads the language and the text without the trailing newline', () => {
    expect(readFence(fence('bash', 'cd $HOME\nkubectl get pods'))).toEqual({
      language: 'bash',
      code: 'cd $HOME\nkubectl get pods',
    });
    expect(readFence(fence(undefined, 'plain'))).toEqual({ language: undefined, code: 'plain' });
  });
});

describe('CodeBlock', () => {
  it('renders highlighted code with a Copy button and its language label', async () => {
    const html = renderToStaticMarkup(
      (await CodeBlock({ children: fence('bash', 'kubectl get pods') })) as ReactElement,
    );
    expect(html).toContain('Terminal');
    expect(html).toContain('>Copy</button>');
    expect(html).toContain('class="shiki');
  });

  it('renders output blocks without actions', async () => {
    const html = renderToStaticMarkup(
      (await CodeBlock({ children: fence('text', 'ok'), variant: 'output' })) as ReactElement,
    );
    expect(html).not.toContain('Copy');
    expect(html).toContain('ok');
  });

  it('refuses an unknown fence language', async () => {
    await expect(CodeBlock({ children: fence('klingon', 'x') })).rejects.toThrow(
      /code block language "klingon" is not supported/,
    );
  });
});

describe('ExpectedOutput', () => {
  it('labels its block "Expected output" and turns the code block into output', () => {
    const figure = ExpectedOutput({
      children: createElement(CodeBlock, null, fence('text', 'done')),
    });
    const [caption, block] = Children.toArray(
      (figure.props as { children: ReactNode }).children,
    ) as ReactElement<{ variant?: string }>[];
    expect(renderToStaticMarkup(caption!)).toContain('Expected output');
    expect(block!.type).toBe(CodeBlock);
    expect(block!.props.variant).toBe('output');
  });
});

describe('Callout and Disclosure', () => {
  it('renders a callout as a note with its kind as the default title', () => {
    const html = renderToStaticMarkup(createElement(Callout, { kind: 'warning' }, 'Careful'));
    expect(html).toContain('role="note"');
    expect(html).toContain('Warning');
    expect(html).toContain('Careful');
  });

  it('keeps the kind for screen readers when a title is given', () => {
    const html = renderToStaticMarkup(
      createElement(Callout, { kind: 'tip', title: 'Shortcut' }, 'x'),
    );
    expect(html).toContain('Shortcut');
    expect(html).toContain('(Tip)');
  });

  it('refuses an unknown kind with the list of kinds', () => {
    expect(() =>
      renderToStaticMarkup(createElement(Callout, { kind: 'danger' as never }, 'x')),
    ).toThrow(
      '<Callout kind="danger"> is not supported; kind must be one of: info, tip, warning, note',
    );
    expect(() =>
      renderToStaticMarkup(createElement(Disclosure, { kind: 'hint' as never, title: 't' })),
    ).toThrow('<Disclosure kind="hint"> is not supported; kind must be one of: tip, info, answer');
  });

  it('renders a disclosure as closed details with the kind and title in its summary', () => {
    const html = renderToStaticMarkup(
      createElement(Disclosure, { kind: 'answer', title: 'The fix' }, 'Add NET_ADMIN'),
    );
    expect(html).toMatch(/^<details[^>]*>/);
    expect(html).not.toMatch(/<details[^>]*open/);
    expect(html).toMatch(/<summary[^>]*>.*Answer.*The fix.*<\/summary>/);
  });
});

describe('FourCDiagram', () => {
  it('is one labelled image naming the four layers in order', () => {
    const html = renderToStaticMarkup(createElement(FourCDiagram));
    expect(html).toContain('role="img"');
    const labelledBy = /aria-labelledby="([^"]+)"/.exec(html)![1]!.split(' ');
    for (const id of labelledBy) expect(html).toContain(`id="${id}"`);
    expect(html).toMatch(/<title[^>]*>The 4C model/);
    const layers = [...html.matchAll(/font-semibold"[^>]*>(\w+)<\/text>/g)].map((m) => m[1]);
    expect(layers).toEqual(['Cloud', 'Cluster', 'Container', 'Code']);
  });
});

describe('TaskCard', () => {
  const context = { chapterSlug: 'ch', lesson };

  it('shows the task title, goal and position from the lesson data', () => {
    const html = renderToStaticMarkup(createElement(TaskCard, { id: 'deploy', context }));
    expect(html).toContain('Task 2 of 2');
    expect(html).toContain('Deploy cFOS');
    expect(html).toContain('The Deployment is rolled out.');
  });

  it('gives tasks with a check a Check button named after the task, and others none', () => {
    const checked: LessonMeta = {
      ...lesson,
      tasks: [{ ...lesson.tasks[0]!, checkId: 'prepare' }, lesson.tasks[1]!],
    };
    const withCheck = renderToStaticMarkup(
      createElement(TaskCard, { id: 'prepare', context: { chapterSlug: 'ch', lesson: checked } }),
    );
    expect(withCheck).toMatch(
      /<button[^>]*>Check<span class="sr-only">: Prepare the namespace<\/span><\/button>/,
    );
    expect(withCheck).toContain('role="status"');
    const without = renderToStaticMarkup(
      createElement(TaskCard, { id: 'deploy', context: { chapterSlug: 'ch', lesson: checked } }),
    );
    expect(without).not.toContain('<button');
  });

  it('names the known tasks when the id matches none', () => {
    expect(() => renderToStaticMarkup(createElement(TaskCard, { id: 'nope', context }))).toThrow(
      '<Task id="nope" /> in lesson "lab" matches no task in its lesson.ts (tasks: prepare, deploy)',
    );
  });
});
