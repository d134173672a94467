/** The app's own view of stored learners and progress; repositories return these, not rows. */

export type Learner = {
  id: string;
  displayName: string;
  eventCode: string | null;
  createdAt: Date;
  lastSeenAt: Date;
};

export type StoredSession = {
  id: string;
  learnerId: string;
  createdAt: Date;
  expiresAt: Date;
  lastSeenAt: Date;
};

/**
 * One step of a check as the check engine reports it (same shape as its CheckStep), stored verbatim
 * so the instructor sees exactly what the learner saw.
 */
export type CheckStepRecord = {
  name: string;
  ok: boolean;
  expected?: string;
  actual?: string;
  hint?: string;
};

export type CheckAttempt = {
  id: number;
  learnerId: string;
  lesson: string;
  taskId: string;
  passed: boolean;
  failingStep: string | null;
  steps: CheckStepRecord[];
  durationMs: number;
  createdAt: Date;
};

export type TaskStatus = 'in_progress' | 'completed';

export type TaskProgress = {
  lesson: string;
  taskId: string;
  status: TaskStatus;
  firstOpenedAt: Date | null;
  completedAt: Date | null;
  timeOnTaskMs: number;
  attempts: number;
};

export type QuizAnswer = {
  quizId: string;
  lesson: string;
  answer: string;
  correct: boolean;
  attempts: number;
  answeredAt: Date;
};

export type LearnerProgress = {
  tasks: TaskProgress[];
  quizzes: QuizAnswer[];
  /** The latest attempt per task, for "what went wrong last time". */
  lastAttempts: CheckAttempt[];
};

export type Broadcast = {
  id: number;
  audience: string;
  text: string;
  createdAt: Date;
};
