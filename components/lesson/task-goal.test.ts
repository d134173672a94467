import { describe, expect, it } from 'vitest';
import { goalForWorkspace } from './task-goal';

const task = {
  goal: 'The cfostest namespace is gone.',
  clusterGoal: 'The lab objects are gone from {namespace}.',
};

describe('goalForWorkspace', () => {
  it('names the learner namespace on a shared cluster', () => {
    expect(goalForWorkspace(task, { mode: 'cluster', namespace: 'learner-ab12' })).toBe(
      'The lab objects are gone from learner-ab12.',
    );
  });

  it('keeps the goal as written in the sandbox', () => {
    expect(goalForWorkspace(task, { mode: 'sandbox' })).toBe(task.goal);
  });

  it('keeps the goal as written when the task reads the same everywhere', () => {
    expect(
      goalForWorkspace({ goal: task.goal }, { mode: 'cluster', namespace: 'learner-ab12' }),
    ).toBe(task.goal);
  });
});
