import { describe, expect, it } from 'vitest';
import {
  publishProgressEvent,
  subscribeProgressEvents,
  type ProgressEvent,
} from '@/server/progress/progress-events';
import { EMPTY_CELL, type DashboardLearner } from './dashboard-types';
import { createDashboardEventStream, formatSseEvent, learnerIdOfEvent } from './event-stream';

const joined = (learnerId: string): ProgressEvent => ({
  type: 'learner-joined',
  learnerId,
  displayName: learnerId,
  at: new Date(),
});

const row = (learnerId: string): DashboardLearner => ({
  learnerId,
  displayName: learnerId,
  joinedAt: '',
  lastSeenAt: '',
  cells: { 'l#a': { ...EMPTY_CELL, status: 'failing', failedAttempts: 1 } },
});

/** Reads the stream as text until `until` matches (or the stream ends). */
async function readUntil(stream: ReadableStream<Uint8Array>, until: RegExp, timeoutMs = 2000) {
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  let text = '';
  const deadline = Date.now() + timeoutMs;
  while (!until.test(text) && Date.now() < deadline) {
    const next = await Promise.race([
      reader.read(),
      new Promise<{ done: true; value: undefined }>((r) =>
        setTimeout(() => r({ done: true, value: undefined }), deadline - Date.now()),
      ),
    ]);
    if (next.done) break;
    text += decoder.decode(next.value);
  }
  reader.releaseLock();
  return text;
}

describe('createDashboardEventStream', () => {
  it('sends ready, then each changed learner, coalescing a burst into one reload', async () => {
    const abort = new AbortController();
    const loads: string[][] = [];
    const stream = createDashboardEventStream({
      subscribe: subscribeProgressEvents,
      loadLearners: async (ids) => {
        loads.push(ids);
        return ids.map(row);
      },
      signal: abort.signal,
      coalesceMs: 10,
    });
    const first = await readUntil(stream, /event: ready/);
    expect(first).toContain('retry: 2000');
    publishProgressEvent(joined('ada'));
    publishProgressEvent(joined('bo'));
    publishProgressEvent(joined('ada'));
    const text = await readUntil(stream, /event: learners\ndata: .*\n\n/);
    expect(loads).toEqual([['ada', 'bo']]);
    const data = JSON.parse(
      /data: (.*)\n/.exec(text.split('event: learners')[1] ?? '')?.[1] ?? '{}',
    );
    expect(data.learners.map((l: DashboardLearner) => l.learnerId)).toEqual(['ada', 'bo']);
    abort.abort();
  });

  it('sends heartbeat comments and stops listening when the request is aborted', async () => {
    const abort = new AbortController();
    let listening = 0;
    const stream = createDashboardEventStream({
      subscribe: () => {
        listening += 1;
        return () => (listening -= 1);
      },
      loadLearners: async () => [],
      signal: abort.signal,
      heartbeatMs: 20,
    });
    expect(await readUntil(stream, /: heartbeat\n\n/)).toContain(': heartbeat');
    expect(listening).toBe(1);
    abort.abort();
    expect(listening).toBe(0);
    const rest = await readUntil(stream, /never/, 300);
    expect(rest).not.toContain('event:');
  });

  it('names the learner of every kind of event', () => {
    expect(learnerIdOfEvent(joined('ada'))).toBe('ada');
    expect(
      learnerIdOfEvent({
        type: 'task-opened',
        learnerId: 'bo',
        lesson: 'l',
        taskId: 't',
        at: new Date(),
      }),
    ).toBe('bo');
    expect(formatSseEvent('x', { a: 1 })).toBe('event: x\ndata: {"a":1}\n\n');
  });
});
