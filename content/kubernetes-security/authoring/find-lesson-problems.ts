/**
 * Lints a lesson body's outline against the lesson vocabulary (the components mdx-components.tsx
 * provides) and against the lesson's own task list. Each problem is one sentence a writer can act
 * on, starting with the line it was found on.
 */
import type { Task } from '@/content/schema';
import type { AttributeValue, ComponentUse, LessonOutline } from './outline-lesson-body';

type ComponentRule = {
  required: string[];
  optional?: string[];
  kinds?: string[];
};

/** The lesson vocabulary: component name → the attributes it takes. */
export const VOCABULARY: Record<string, ComponentRule> = {
  Callout: { required: ['kind'], optional: ['title'], kinds: ['info', 'tip', 'warning', 'note'] },
  Disclosure: { required: ['kind', 'title'], kinds: ['tip', 'info', 'answer'] },
  ExpectedOutput: { required: [] },
  FourCDiagram: { required: [] },
  Quiz: { required: ['id', 'question', 'choices', 'answer'] },
  Task: { required: ['id'] },
};

/** Everything wrong with how a body uses headings, code fences and components; empty when all is well. */
export function findVocabularyProblems(outline: LessonOutline): string[] {
  const problems: string[] = [];
  for (const heading of outline.headings) {
    if (heading.depth === 1) {
      problems.push(
        `line ${heading.line}: "# ${heading.text}" is a level-1 heading; the page already shows the lesson title as h1, so start at "##"`,
      );
    }
  }
  for (const block of outline.codeBlocks) {
    if (!block.lang) {
      problems.push(
        `line ${block.line}: code block has no language; use bash for commands, yaml for manifests, text for output`,
      );
    }
  }
  for (const use of outline.components) problems.push(...findComponentProblems(use));
  return problems;
}

function findComponentProblems(use: ComponentUse): string[] {
  const at = `line ${use.line}: <${use.name}>`;
  const rule = VOCABULARY[use.name];
  if (!rule) {
    return [`${at} is not part of the lesson vocabulary (${Object.keys(VOCABULARY).join(', ')})`];
  }
  const problems: string[] = [];
  const allowed = [...rule.required, ...(rule.optional ?? [])];
  for (const name of rule.required) {
    if (!(name in use.attributes)) problems.push(`${at} is missing the required "${name}"`);
  }
  for (const name of Object.keys(use.attributes)) {
    if (!allowed.includes(name)) {
      problems.push(`${at} has unknown attribute "${name}"; it takes ${allowed.join(', ')}`);
    }
  }
  const kind = use.attributes.kind;
  if (rule.kinds && kind !== undefined && !rule.kinds.includes(String(kind))) {
    problems.push(
      `${at} kind "${String(kind)}" is not supported; use one of ${rule.kinds.join(', ')}`,
    );
  }
  if (
    use.name === 'ExpectedOutput' &&
    (use.codeLangs.length !== 1 || use.codeLangs[0] !== 'text')
  ) {
    problems.push(`${at} must wrap exactly one \`\`\`text code block`);
  }
  if (use.name === 'Quiz') problems.push(...findQuizProblems(use, at));
  return problems;
}

function findQuizProblems(use: ComponentUse, at: string): string[] {
  const choices = use.attributes.choices;
  if (!Array.isArray(choices) || choices.length < 2) {
    return [`${at} choices must be a list of at least two { id, label } entries`];
  }
  const ids: string[] = [];
  const problems: string[] = [];
  choices.forEach((choice: AttributeValue, index) => {
    const entry = choice as { id?: unknown; label?: unknown } | null;
    if (typeof entry?.id !== 'string' || typeof entry.label !== 'string' || !entry.label) {
      problems.push(`${at} choice ${index + 1} needs a string id and a non-empty label`);
    } else if (ids.includes(entry.id)) {
      problems.push(`${at} choice id "${entry.id}" appears twice`);
    } else {
      ids.push(entry.id);
    }
  });
  const answer = use.attributes.answer;
  if (typeof answer === 'string' && !ids.includes(answer)) {
    problems.push(`${at} answer "${answer}" is not one of the choice ids (${ids.join(', ')})`);
  }
  return problems;
}

/** Every task needs exactly one `<Task id>` marker in the body, and every marker must name a task. */
export function findTaskProblems(tasks: Pick<Task, 'id'>[], outline: LessonOutline): string[] {
  const problems: string[] = [];
  const markers = outline.components.filter((c) => c.name === 'Task');
  const taskIds = tasks.map((t) => t.id);
  for (const marker of markers) {
    const id = marker.attributes.id;
    if (typeof id !== 'string' || !taskIds.includes(id)) {
      problems.push(
        `line ${marker.line}: <Task id="${String(id)}"> names no task of this lesson (${taskIds.join(', ') || 'it has none'})`,
      );
    }
  }
  for (const id of taskIds) {
    const count = markers.filter((m) => m.attributes.id === id).length;
    if (count !== 1) {
      problems.push(
        `task "${id}" has ${count} <Task id="${id}" /> markers in the body; place exactly one where the task starts`,
      );
    }
  }
  return problems;
}
