/**
 * In-process fan-out of progress changes (a check attempt, a completed task, a quiz answer, a new
 * learner) to live listeners such as the instructor dashboard. The listener set lives on
 * globalThis because Next may load this module twice (route bundle and custom server).
 */
import type { CheckAttempt, QuizAnswer } from './types';

export type ProgressEvent =
  | { type: 'learner-joined'; learnerId: string; displayName: string; at: Date }
  | { type: 'check-attempt'; attempt: CheckAttempt }
  | { type: 'quiz-answer'; learnerId: string; answer: QuizAnswer }
  | { type: 'task-opened'; learnerId: string; lesson: string; taskId: string; at: Date };

type Listener = (event: ProgressEvent) => void;

const KEY = Symbol.for('workshop.progress-events');
type Holder = { [KEY]?: Set<Listener> };

function listeners(): Set<Listener> {
  const holder = globalThis as Holder;
  holder[KEY] ??= new Set();
  return holder[KEY];
}

/** Returns a function that stops the subscription. */
export function subscribeProgressEvents(listener: Listener): () => void {
  listeners().add(listener);
  return () => listeners().delete(listener);
}

export function publishProgressEvent(event: ProgressEvent): void {
  for (const listener of listeners()) {
    try {
      listener(event);
    } catch (err) {
      // One broken listener must not stop the others or the request that recorded the change.
      console.error('progress listener failed:', err);
    }
  }
}
