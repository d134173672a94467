/**
 * Fan-out of progress changes (a check attempt, a completed task, a quiz answer, a new learner) to
 * live listeners such as the instructor dashboard. Local listeners are called directly; with
 * several replicas on one PostgreSQL, a relay (see pg-event-relay.ts) carries events to the other
 * replicas. State lives on globalThis because Next may load this module twice (route bundle and
 * custom server).
 */
import type { CheckAttempt, QuizAnswer } from './types';

export type ProgressEvent =
  | { type: 'learner-joined'; learnerId: string; displayName: string; at: Date }
  | { type: 'check-attempt'; attempt: CheckAttempt }
  | { type: 'quiz-answer'; learnerId: string; answer: QuizAnswer }
  | { type: 'task-opened'; learnerId: string; lesson: string; taskId: string; at: Date };

type Listener = (event: ProgressEvent) => void;
type Relay = (event: ProgressEvent) => void;

const KEY = Symbol.for('workshop.progress-events');
type Bus = { listeners: Set<Listener>; relay?: Relay };
type Holder = { [KEY]?: Bus };

function bus(): Bus {
  const holder = globalThis as Holder;
  holder[KEY] ??= { listeners: new Set() };
  return holder[KEY];
}

/** Returns a function that stops the subscription. */
export function subscribeProgressEvents(listener: Listener): () => void {
  bus().listeners.add(listener);
  return () => bus().listeners.delete(listener);
}

/** Tells this replica's listeners and, through the relay, every other replica's. */
export function publishProgressEvent(event: ProgressEvent): void {
  deliverProgressEventLocally(event);
  bus().relay?.(event);
}

/** Tells only this replica's listeners (used by the relay for events from other replicas). */
export function deliverProgressEventLocally(event: ProgressEvent): void {
  for (const listener of bus().listeners) {
    try {
      listener(event);
    } catch (err) {
      // One broken listener must not stop the others or the request that recorded the change.
      console.error('progress listener failed:', err);
    }
  }
}

/** Installs the function that forwards events to other replicas; returns its removal. */
export function setProgressEventRelay(relay: Relay): () => void {
  bus().relay = relay;
  return () => {
    if (bus().relay === relay) delete bus().relay;
  };
}
