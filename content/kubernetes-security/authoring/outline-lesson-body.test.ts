import { describe, expect, it } from 'vitest';
import { outlineLessonBody } from './outline-lesson-body';

const sample = `## First steps

Some *prose* with \`inline code\`.

\`\`\`bash
kubectl get pods
\`\`\`

<ExpectedOutput>

\`\`\`text
No resources found
\`\`\`

</ExpectedOutput>

<Quiz id="q" question="Ready?" choices={[{ id: 'yes', label: 'Yes' }, { id: 'no', label: 'No', hint: 2 }]} answer="yes">

Because.

</Quiz>

<Callout kind="tip" open>

| a | b |
| --- | --- |
| 1 | 2 |

</Callout>
`;

describe('outlineLessonBody', () => {
  it('collects headings, code blocks with their enclosing components, and prose', async () => {
    const outline = await outlineLessonBody(sample);
    expect(outline.headings).toEqual([{ depth: 2, text: 'First steps', line: 1 }]);
    expect(outline.codeBlocks.map((b) => [b.lang, b.value, b.inside])).toEqual([
      ['bash', 'kubectl get pods', []],
      ['text', 'No resources found', ['ExpectedOutput']],
    ]);
    expect(outline.prose).toContain('Some prose with inline code.');
    expect(outline.prose).toContain('Ready?');
  });

  it('evaluates literal attribute expressions without running code', async () => {
    const outline = await outlineLessonBody(sample);
    const quiz = outline.components.find((c) => c.name === 'Quiz');
    expect(quiz?.attributes).toEqual({
      id: 'q',
      question: 'Ready?',
      answer: 'yes',
      choices: [
        { id: 'yes', label: 'Yes' },
        { id: 'no', label: 'No', hint: 2 },
      ],
    });
    const callout = outline.components.find((c) => c.name === 'Callout');
    expect(callout?.attributes).toEqual({ kind: 'tip', open: null });
    expect(outline.components.find((c) => c.name === 'ExpectedOutput')?.codeLangs).toEqual([
      'text',
    ]);
  });

  it('parses GitHub tables the way the site does', async () => {
    const outline = await outlineLessonBody(sample);
    expect(outline.prose).toMatch(/a b 1 2/);
  });

  it('rejects invalid MDX with the compiler message', async () => {
    await expect(outlineLessonBody('Price is {5 + }\n')).rejects.toThrow(/Could not parse/);
    await expect(outlineLessonBody('<Callout kind="tip">\n\nno end\n')).rejects.toThrow(
      /Expected a closing tag/,
    );
  });

  it('refuses attribute expressions that are not plain literals', async () => {
    await expect(outlineLessonBody('<Quiz choices={makeChoices()} />\n')).rejects.toThrow(
      'attribute "choices" must be built from literals, found CallExpression',
    );
  });
});
