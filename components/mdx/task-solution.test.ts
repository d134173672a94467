import { readFileSync } from 'node:fs';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { TaskSchema, type LessonMeta } from '@/content/schema';
import lab from '@/content/kubernetes-security/07-lab-fix-cfos-boot-permissions/lesson';
import { TaskCard } from './task-card';
import { TaskSolution } from './task-solution';

const lesson: LessonMeta = {
  slug: 'lab',
  title: 'The lab',
  order: 1,
  minutes: 10,
  summary: 'A lesson used by the solution tests.',
  tasks: [
    {
      id: 'prepare',
      title: 'Prepare the namespace',
      goal: 'Namespace cfostest exists.',
      solution: 'kubectl create namespace cfostest\nkubectl get ns <cfostest>',
    },
    { id: 'deploy', title: 'Deploy cFOS', goal: 'The Deployment is rolled out.' },
  ],
};

describe('TaskSolution', () => {
  it('renders a closed native disclosure with the solution as escaped preformatted text', () => {
    const html = renderToStaticMarkup(
      createElement(TaskSolution, { taskId: 'prepare', solution: 'a && b\n<c>' }),
    );
    expect(html).toMatch(/^<details[^>]*>/);
    expect(html).not.toMatch(/<details[^>]*\sopen/);
    expect(html).toContain('Solution</summary>');
    expect(html).toContain('<pre aria-label="Solution for task prepare"');
    expect(html).toContain('a &amp;&amp; b\n&lt;c&gt;</pre>');
  });

  it('renders nothing for a task without a solution', () => {
    expect(renderToStaticMarkup(createElement(TaskSolution, { taskId: 'x' }))).toBe('');
  });

  it('appears on the task card only when the task has a solution', () => {
    const context = { chapterSlug: 'ch', lesson };
    const withSolution = renderToStaticMarkup(createElement(TaskCard, { id: 'prepare', context }));
    expect(withSolution).toContain(
      'kubectl create namespace cfostest\nkubectl get ns &lt;cfostest&gt;',
    );
    const without = renderToStaticMarkup(createElement(TaskCard, { id: 'deploy', context }));
    expect(without).not.toContain('<details');
  });
});

describe('the solution field', () => {
  const task = { id: 'prepare', title: 'Prepare', goal: 'Namespace cfostest exists.' };

  it('is optional', () => {
    expect(TaskSchema.safeParse(task).success).toBe(true);
  });

  it('rejects a blank solution with a clear message', () => {
    const parsed = TaskSchema.safeParse({ ...task, solution: '  \n ' });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(['solution']);
    expect(parsed.error?.issues[0]?.message).toContain('must not be empty');
  });

  it('every lab task carries the commands or answer that complete it', () => {
    const solutions = Object.fromEntries((lab.tasks ?? []).map((t) => [t.id, t.solution ?? '']));
    expect(solutions.prepare).toContain('kubectl create namespace cfostest');
    expect(solutions['deploy-net-raw']).toContain('kubectl rollout status deployment');
    expect(solutions['fix-permissions']).toContain('add: ["NET_RAW","NET_ADMIN"]');
    expect(solutions['fix-permissions']).toContain('kubectl replace -f');
    expect(solutions['clean-up']).toContain('kubectl delete namespace cfostest');
    expect(solutions['qa-privileged']).toMatch(/^No: NET_ADMIN and NET_RAW are enough/);
  });

  it('lab solutions repeat the lesson body word for word, so the two cannot drift apart', () => {
    const body = readFileSync(
      new URL(
        '../../content/kubernetes-security/07-lab-fix-cfos-boot-permissions/body.mdx',
        import.meta.url,
      ),
      'utf8',
    );
    const bodyLines = new Set(body.split('\n'));
    for (const task of lab.tasks ?? []) {
      if (task.id === 'qa-privileged') continue;
      const missing = (task.solution ?? '').split('\n').filter((line) => !bodyLines.has(line));
      expect(missing, `task ${task.id}`).toEqual([]);
    }
  });
});
