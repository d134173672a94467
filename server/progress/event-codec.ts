/**
 * Progress events as JSON for other replicas: dates become ISO strings and come back as Dates, and
 * an event too large for one PostgreSQL notification drops its check steps (the rows keep them).
 */
import type { ProgressEvent } from './progress-events';

/** PostgreSQL refuses NOTIFY payloads of 8000 bytes or more. */
export const MAX_PAYLOAD_BYTES = 7900;

export function encodeProgressEvent(origin: string, event: ProgressEvent): string {
  const payload = JSON.stringify({ origin, event });
  if (Buffer.byteLength(payload) <= MAX_PAYLOAD_BYTES || event.type !== 'check-attempt') {
    return payload;
  }
  return JSON.stringify({ origin, event: { ...event, attempt: { ...event.attempt, steps: [] } } });
}

export function decodeProgressEvent(payload: string): { origin: string; event: ProgressEvent } {
  const { origin, event } = JSON.parse(payload) as { origin: string; event: ProgressEvent };
  switch (event.type) {
    case 'learner-joined':
    case 'task-opened':
      event.at = new Date(event.at);
      break;
    case 'check-attempt':
      event.attempt.createdAt = new Date(event.attempt.createdAt);
      break;
    case 'quiz-answer':
      event.answer.answeredAt = new Date(event.answer.answeredAt);
      break;
  }
  return { origin, event };
}
