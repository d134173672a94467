/** Quiz answers: the latest answer per learner and quiz, with how many tries it took. */
import { sql } from 'kysely';
import type { WorkshopDb } from './db';
import { publishProgressEvent } from './progress-events';
import { toQuizAnswer } from './rows';
import type { QuizAnswer } from './types';

export type NewQuizAnswer = {
  learnerId: string;
  lesson: string;
  quizId: string;
  answer: string;
  /** Decided by the server from the lesson's quiz, never taken from the browser. */
  correct: boolean;
};

export async function recordQuizAnswer(
  db: WorkshopDb,
  input: NewQuizAnswer,
  now: Date = new Date(),
): Promise<QuizAnswer> {
  const row = await db
    .insertInto('quiz_answers')
    .values({
      learner_id: input.learnerId,
      quiz_id: input.quizId,
      lesson: input.lesson,
      answer: input.answer,
      correct: input.correct ? 1 : 0,
      attempts: 1,
      answered_at: now.toISOString(),
    })
    .onConflict((oc) =>
      oc.columns(['learner_id', 'quiz_id']).doUpdateSet({
        answer: (eb) => eb.ref('excluded.answer'),
        correct: (eb) => eb.ref('excluded.correct'),
        lesson: (eb) => eb.ref('excluded.lesson'),
        answered_at: (eb) => eb.ref('excluded.answered_at'),
        attempts: sql<number>`quiz_answers.attempts + 1`,
      }),
    )
    .returningAll()
    .executeTakeFirstOrThrow();
  const answer = toQuizAnswer(row);
  publishProgressEvent({ type: 'quiz-answer', learnerId: input.learnerId, answer });
  return answer;
}

export async function listQuizAnswers(db: WorkshopDb, learnerId: string): Promise<QuizAnswer[]> {
  const rows = await db
    .selectFrom('quiz_answers')
    .selectAll()
    .where('learner_id', '=', learnerId)
    .orderBy('quiz_id')
    .execute();
  return rows.map(toQuizAnswer);
}

/** The learner's latest answer to one quiz, or null; checks use it as a fact about the learner. */
export async function findQuizAnswer(
  db: WorkshopDb,
  learnerId: string,
  quizId: string,
): Promise<string | null> {
  const row = await db
    .selectFrom('quiz_answers')
    .select('answer')
    .where('learner_id', '=', learnerId)
    .where('quiz_id', '=', quizId)
    .executeTakeFirst();
  return row?.answer ?? null;
}
