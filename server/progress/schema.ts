/**
 * The database's tables as Kysely sees them. Times are ISO-8601 UTC text and booleans are 0/1
 * integers in both SQLite and PostgreSQL, so every query reads the same on either database.
 */
import type { Generated } from 'kysely';

export type LearnersTable = {
  id: string;
  display_name: string;
  event_code: string | null;
  /** HMAC of the normalised resume code; the code itself is never stored. */
  resume_code_hash: string;
  created_at: string;
  last_seen_at: string;
};

export type SessionsTable = {
  /** SHA-256 of the random session token; a database leak does not leak usable cookies. */
  id: string;
  learner_id: string;
  created_at: string;
  expires_at: string;
  last_seen_at: string;
};

export type CheckAttemptsTable = {
  id: Generated<number>;
  learner_id: string;
  lesson: string;
  task_id: string;
  passed: number;
  failing_step: string | null;
  steps_json: string;
  duration_ms: number;
  created_at: string;
};

export type TaskProgressTable = {
  learner_id: string;
  lesson: string;
  task_id: string;
  status: 'in_progress' | 'completed';
  first_opened_at: string | null;
  completed_at: string | null;
  time_on_task_ms: number;
  attempts: number;
  updated_at: string;
};

export type QuizAnswersTable = {
  learner_id: string;
  quiz_id: string;
  lesson: string;
  answer: string;
  correct: number;
  attempts: number;
  answered_at: string;
};

export type BroadcastsTable = {
  id: Generated<number>;
  /** "all", or one learner's id. */
  audience: string;
  text: string;
  created_at: string;
};

export type WorkshopDatabase = {
  learners: LearnersTable;
  sessions: SessionsTable;
  check_attempts: CheckAttemptsTable;
  task_progress: TaskProgressTable;
  quiz_answers: QuizAnswersTable;
  broadcasts: BroadcastsTable;
};
