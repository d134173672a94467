import { describe, expect, it } from 'vitest';
import { readCompletedTasks } from './learner-progress';

describe('learner progress from /api/me', () => {
  it('counts only completed tasks, per lesson', () => {
    const completed = readCompletedTasks({
      progress: {
        tasks: [
          { lesson: 'c/lab', taskId: 'prepare', status: 'completed' },
          { lesson: 'c/lab', taskId: 'deploy', status: 'in_progress' },
          { lesson: 'c/other', taskId: 'x', status: 'completed' },
        ],
      },
    });
    expect([...(completed.get('c/lab') ?? [])]).toEqual(['prepare']);
    expect(completed.get('c/other')?.size).toBe(1);
  });

  it('reads nothing from a refusal or a malformed answer', () => {
    expect(readCompletedTasks(null).size).toBe(0);
    expect(readCompletedTasks({ error: 'Sign in first' }).size).toBe(0);
  });
});
