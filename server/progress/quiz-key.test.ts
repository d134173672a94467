/** The quiz key comes from the lesson's own MDX, so grading cannot drift from what learners read. */
import { afterEach, describe, expect, it } from 'vitest';
import { findQuizKey, setQuizGrader } from './quiz-key';

describe('findQuizKey', () => {
  afterEach(() => setQuizGrader(undefined));

  it("reads a quiz's answer and choices from the lesson body", async () => {
    const key = await findQuizKey(
      'kubernetes-security/lab-fix-cfos-boot-permissions',
      'qa-privileged',
    );
    expect(key).toEqual({ quizId: 'qa-privileged', answer: 'no', choices: ['yes', 'no'] });
  });

  it('knows nothing of unknown quizzes, unknown lessons or malformed lesson names', async () => {
    expect(
      await findQuizKey('kubernetes-security/lab-fix-cfos-boot-permissions', 'nope'),
    ).toBeUndefined();
    expect(await findQuizKey('kubernetes-security/no-such-lesson', 'q')).toBeUndefined();
    expect(await findQuizKey('../etc/passwd', 'q')).toBeUndefined();
  });

  it('uses an installed grader instead of the content folder', async () => {
    setQuizGrader(async (_lesson, quizId) =>
      quizId === 'q1' ? { quizId, answer: 'b', choices: ['a', 'b'] } : undefined,
    );
    expect((await findQuizKey('x/y', 'q1'))?.answer).toBe('b');
    expect(
      await findQuizKey('kubernetes-security/lab-fix-cfos-boot-permissions', 'qa-privileged'),
    ).toBeUndefined();
  });
});
