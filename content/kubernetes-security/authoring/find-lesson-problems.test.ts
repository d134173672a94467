import { describe, expect, it } from 'vitest';
import { findTaskProblems, findVocabularyProblems } from './find-lesson-problems';
import { outlineLessonBody } from './outline-lesson-body';

async function vocabularyProblems(source: string) {
  return findVocabularyProblems(await outlineLessonBody(source));
}

const goodBody = `## Try it

<Task id="one" />

\`\`\`bash
kubectl get ns
\`\`\`

<ExpectedOutput>

\`\`\`text
default
\`\`\`

</ExpectedOutput>

<Callout kind="warning" title="Careful">

Text.

</Callout>

<Disclosure kind="answer" title="Answer">

Text.

</Disclosure>

<FourCDiagram />

<Quiz id="q" question="Ok?" choices={[{ id: 'a', label: 'A' }, { id: 'b', label: 'B' }]} answer="b">

Why.

</Quiz>
`;

describe('findVocabularyProblems', () => {
  it('accepts a body that uses the vocabulary as documented', async () => {
    expect(await vocabularyProblems(goodBody)).toEqual([]);
  });

  it('names unknown components, unknown attributes and missing ones', async () => {
    const problems = await vocabularyProblems(
      '## A\n\n<Command run="ls" />\n\n<Callout tone="tip">\n\nx\n\n</Callout>\n',
    );
    expect(problems).toEqual([
      'line 3: <Command> is not part of the lesson vocabulary (Callout, Disclosure, ExpectedOutput, FourCDiagram, Quiz, Task)',
      'line 5: <Callout> is missing the required "kind"',
      'line 5: <Callout> has unknown attribute "tone"; it takes kind, title',
    ]);
  });

  it('refuses a kind the component does not support', async () => {
    expect(
      await vocabularyProblems('<Disclosure kind="warning" title="T">\n\nx\n\n</Disclosure>\n'),
    ).toEqual([
      'line 1: <Disclosure> kind "warning" is not supported; use one of tip, info, answer',
    ]);
  });

  it('refuses a level-1 heading and a fence without a language', async () => {
    expect(await vocabularyProblems('# Title\n\n```\nls\n```\n')).toEqual([
      'line 1: "# Title" is a level-1 heading; the page already shows the lesson title as h1, so start at "##"',
      'line 3: code block has no language; use bash for commands, yaml for manifests, text for output',
    ]);
  });

  it('wants ExpectedOutput to wrap exactly one text block', async () => {
    const problems = await vocabularyProblems(
      '<ExpectedOutput>\n\n```bash\nls\n```\n\n</ExpectedOutput>\n\n<ExpectedOutput>\n\nplain words\n\n</ExpectedOutput>\n',
    );
    expect(problems).toEqual([
      'line 1: <ExpectedOutput> must wrap exactly one ```text code block',
      'line 9: <ExpectedOutput> must wrap exactly one ```text code block',
    ]);
  });

  it('checks that a quiz answer is one of its choices', async () => {
    const problems = await vocabularyProblems(
      `<Quiz id="q" question="?" choices={[{ id: 'a', label: 'A' }, { id: 'a', label: 'B' }, { id: 'c' }]} answer="z" />\n`,
    );
    expect(problems).toEqual([
      'line 1: <Quiz> choice id "a" appears twice',
      'line 1: <Quiz> choice 3 needs a string id and a non-empty label',
      'line 1: <Quiz> answer "z" is not one of the choice ids (a)',
    ]);
    expect(
      await vocabularyProblems(`<Quiz id="q" question="?" choices={['a']} answer="a" />\n`),
    ).toEqual(['line 1: <Quiz> choices must be a list of at least two { id, label } entries']);
  });
});

describe('findTaskProblems', () => {
  it('accepts one marker per task', async () => {
    expect(findTaskProblems([{ id: 'one' }], await outlineLessonBody(goodBody))).toEqual([]);
  });

  it('reports missing, repeated and unknown markers', async () => {
    const outline = await outlineLessonBody(
      '<Task id="one" />\n\n<Task id="one" />\n\n<Task id="typo" />\n',
    );
    expect(findTaskProblems([{ id: 'one' }, { id: 'two' }], outline)).toEqual([
      'line 5: <Task id="typo"> names no task of this lesson (one, two)',
      'task "one" has 2 <Task id="one" /> markers in the body; place exactly one where the task starts',
      'task "two" has 0 <Task id="two" /> markers in the body; place exactly one where the task starts',
    ]);
  });

  it('reports a marker in a lesson without tasks', async () => {
    const outline = await outlineLessonBody('<Task id="one" />\n');
    expect(findTaskProblems([], outline)).toEqual([
      'line 1: <Task id="one"> names no task of this lesson (it has none)',
    ]);
  });
});
