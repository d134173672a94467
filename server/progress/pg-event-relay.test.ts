/** Two replicas on one PostgreSQL: an event recorded on one reaches the other's listeners once. */
import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeProgressEvent, encodeProgressEvent, MAX_PAYLOAD_BYTES } from './event-codec';
import {
  createPostgresEventRelay,
  startPostgresEventRelay,
  type EventRelay,
} from './pg-event-relay';
import { publishProgressEvent, subscribeProgressEvents } from './progress-events';
import type { ProgressEvent } from './progress-events';
import { listTestDatabaseTargets } from './test-databases';

const postgres = listTestDatabaseTargets().find((t) => t.name === 'postgres')!;
const url = process.env.TEST_DATABASE_URL ?? '';

const attempt = (steps: number): ProgressEvent => ({
  type: 'check-attempt',
  attempt: {
    id: 7,
    learnerId: 'l1',
    lesson: 'c/l',
    taskId: 't',
    passed: false,
    failingStep: 's0',
    steps: Array.from({ length: steps }, (_, i) => ({
      name: `s${i}`,
      ok: false,
      actual: 'x'.repeat(100),
    })),
    durationMs: 3,
    createdAt: new Date('2026-02-02T10:00:00.000Z'),
  },
});

describe('event codec', () => {
  it('round-trips dates', () => {
    const event: ProgressEvent = {
      type: 'task-opened',
      learnerId: 'l',
      lesson: 'c/l',
      taskId: 't',
      at: new Date(5),
    };
    expect(decodeProgressEvent(encodeProgressEvent('o', event))).toEqual({ origin: 'o', event });
    const decoded = decodeProgressEvent(encodeProgressEvent('o', attempt(2))).event;
    expect(decoded.type === 'check-attempt' && decoded.attempt.createdAt).toEqual(
      new Date('2026-02-02T10:00:00.000Z'),
    );
  });

  it('drops check steps when the payload would be too large for NOTIFY', () => {
    const payload = encodeProgressEvent('o', attempt(200));
    expect(Buffer.byteLength(payload)).toBeLessThanOrEqual(MAX_PAYLOAD_BYTES);
    const decoded = decodeProgressEvent(payload).event;
    expect(decoded.type === 'check-attempt' && decoded.attempt.steps).toEqual([]);
    expect(decoded.type === 'check-attempt' && decoded.attempt.failingStep).toBe('s0');
  });
});

describe.skipIf(Boolean(postgres.skipReason))('PostgreSQL event relay', () => {
  const relays: EventRelay[] = [];
  afterEach(async () => {
    await Promise.all(relays.splice(0).map((r) => r.stop()));
  });

  it('delivers to the other replica, not back to the sender', async () => {
    if (!url)
      throw new Error('TEST_DATABASE_URL is not set: the relay test must run on PostgreSQL');
    const channel = `test_${randomBytes(6).toString('hex')}`;
    const heardByA: ProgressEvent[] = [];
    const heardByB: ProgressEvent[] = [];
    const a = await createPostgresEventRelay({
      databaseUrl: url,
      channel,
      deliver: (e) => heardByA.push(e),
    });
    const b = await createPostgresEventRelay({
      databaseUrl: url,
      channel,
      deliver: (e) => heardByB.push(e),
    });
    relays.push(a, b);

    await a.publish(attempt(3));
    await expect.poll(() => heardByB.length, { timeout: 5000 }).toBe(1);
    const event = heardByB[0];
    expect(event?.type === 'check-attempt' && event.attempt.createdAt).toBeInstanceOf(Date);
    expect(event?.type === 'check-attempt' && event.attempt.steps).toHaveLength(3);
    // Give a stray self-delivery time to show up before asserting it did not.
    await new Promise((r) => setTimeout(r, 200));
    expect(heardByA).toEqual([]);
  });

  it('relays what this process publishes once started, and stops when asked', async () => {
    if (!url)
      throw new Error('TEST_DATABASE_URL is not set: the relay test must run on PostgreSQL');
    const channel = `test_${randomBytes(6).toString('hex')}`;
    const remote: ProgressEvent[] = [];
    const local: ProgressEvent[] = [];
    const stopLocal = subscribeProgressEvents((e) => local.push(e));
    const other = await createPostgresEventRelay({
      databaseUrl: url,
      channel,
      deliver: (e) => remote.push(e),
    });
    const mine = await startPostgresEventRelay({ databaseUrl: url, channel });
    relays.push(other);
    try {
      publishProgressEvent(attempt(1));
      await expect.poll(() => remote.length, { timeout: 5000 }).toBe(1);
      expect(local).toHaveLength(1);
      await mine.stop();
      publishProgressEvent(attempt(1));
      await new Promise((r) => setTimeout(r, 200));
      expect(remote).toHaveLength(1);
    } finally {
      stopLocal();
    }
  });

  it('refuses a channel name that is not a plain identifier', async () => {
    await expect(
      createPostgresEventRelay({
        databaseUrl: url || 'postgres://x@127.0.0.1:1/x',
        channel: 'a; drop',
      }),
    ).rejects.toThrow(/Invalid notification channel/);
  });
});
