/**
 * Converts stored rows to the app's types. Numbers pass through Number() because PostgreSQL
 * returns aggregates and big integers as strings while SQLite returns numbers.
 */
import type { Selectable } from 'kysely';
import type {
  BroadcastsTable,
  CheckAttemptsTable,
  LearnersTable,
  QuizAnswersTable,
  SessionsTable,
  TaskProgressTable,
} from './schema';
import type {
  Broadcast,
  CheckAttempt,
  CheckStepRecord,
  Learner,
  QuizAnswer,
  StoredSession,
  TaskProgress,
} from './types';

export function toDate(value: string): Date {
  return new Date(value);
}

export function toOptionalDate(value: string | null): Date | null {
  return value === null ? null : new Date(value);
}

export function toLearner(row: Selectable<LearnersTable>): Learner {
  return {
    id: row.id,
    displayName: row.display_name,
    eventCode: row.event_code,
    createdAt: toDate(row.created_at),
    lastSeenAt: toDate(row.last_seen_at),
  };
}

export function toSession(row: Selectable<SessionsTable>): StoredSession {
  return {
    id: row.id,
    learnerId: row.learner_id,
    createdAt: toDate(row.created_at),
    expiresAt: toDate(row.expires_at),
    lastSeenAt: toDate(row.last_seen_at),
  };
}

export function toCheckAttempt(row: Selectable<CheckAttemptsTable>): CheckAttempt {
  return {
    id: Number(row.id),
    learnerId: row.learner_id,
    lesson: row.lesson,
    taskId: row.task_id,
    passed: Number(row.passed) === 1,
    failingStep: row.failing_step,
    steps: parseSteps(row.steps_json),
    durationMs: Number(row.duration_ms),
    createdAt: toDate(row.created_at),
  };
}

function parseSteps(json: string): CheckStepRecord[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? (value as CheckStepRecord[]) : [];
  } catch {
    return [];
  }
}

export function toTaskProgress(row: Selectable<TaskProgressTable>): TaskProgress {
  return {
    lesson: row.lesson,
    taskId: row.task_id,
    status: row.status,
    firstOpenedAt: toOptionalDate(row.first_opened_at),
    completedAt: toOptionalDate(row.completed_at),
    timeOnTaskMs: Number(row.time_on_task_ms),
    attempts: Number(row.attempts),
  };
}

export function toQuizAnswer(row: Selectable<QuizAnswersTable>): QuizAnswer {
  return {
    quizId: row.quiz_id,
    lesson: row.lesson,
    answer: row.answer,
    correct: Number(row.correct) === 1,
    attempts: Number(row.attempts),
    answeredAt: toDate(row.answered_at),
  };
}

export function toBroadcast(row: Selectable<BroadcastsTable>): Broadcast {
  return {
    id: Number(row.id),
    audience: row.audience,
    text: row.text,
    createdAt: toDate(row.created_at),
  };
}
