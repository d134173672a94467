/**
 * Carries progress events between replicas that share one PostgreSQL database, with
 * LISTEN/NOTIFY: an instructor connected to any replica sees every learner's progress live. Each
 * relay ignores its own notifications (its replica already delivered them locally) and reconnects
 * its listening connection after an error.
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { decodeProgressEvent, encodeProgressEvent } from './event-codec';
import {
  deliverProgressEventLocally,
  setProgressEventRelay,
  type ProgressEvent,
} from './progress-events';

export type EventRelay = {
  publish: (event: ProgressEvent) => Promise<void>;
  stop: () => Promise<void>;
};

export type RelayOptions = {
  databaseUrl: string;
  /** Notification channel; tests use one per run so runs never hear each other. */
  channel?: string;
  /** Where events from other replicas go (default: this process's listeners). */
  deliver?: (event: ProgressEvent) => void;
  reconnectDelayMs?: number;
};

export const DEFAULT_CHANNEL = 'workshop_progress';

export async function createPostgresEventRelay(options: RelayOptions): Promise<EventRelay> {
  const channel = options.channel ?? DEFAULT_CHANNEL;
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(channel)) {
    throw new Error(`Invalid notification channel "${channel}": use lower-case letters, digits, _`);
  }
  const deliver = options.deliver ?? deliverProgressEventLocally;
  const origin = randomUUID();
  const sender = new pg.Pool({ connectionString: options.databaseUrl, max: 2 });
  let listener: pg.Client | undefined;
  let stopped = false;

  const listen = async () => {
    const client = new pg.Client({ connectionString: options.databaseUrl });
    client.on('notification', (message) => {
      if (message.channel !== channel || !message.payload) return;
      try {
        const decoded = decodeProgressEvent(message.payload);
        if (decoded.origin !== origin) deliver(decoded.event);
      } catch (err) {
        console.error('ignored a malformed progress notification:', err);
      }
    });
    client.on('error', (err) => {
      console.error('progress relay lost its connection, reconnecting:', err.message);
      void client.end().catch(() => {});
      if (!stopped)
        setTimeout(() => void listen().catch(() => {}), options.reconnectDelayMs ?? 1000);
    });
    await client.connect();
    await client.query(`LISTEN ${channel}`);
    listener = client;
  };
  await listen();

  return {
    publish: async (event) => {
      await sender.query('select pg_notify($1, $2)', [channel, encodeProgressEvent(origin, event)]);
    },
    stop: async () => {
      stopped = true;
      await listener?.end().catch(() => {});
      await sender.end();
    },
  };
}

/** Connects this process's progress bus to the other replicas; returns the relay to stop it. */
export async function startPostgresEventRelay(options: RelayOptions): Promise<EventRelay> {
  const relay = await createPostgresEventRelay(options);
  const remove = setProgressEventRelay((event) => {
    relay
      .publish(event)
      .catch((err: unknown) => console.error('could not relay a progress event:', err));
  });
  return {
    publish: relay.publish,
    stop: async () => {
      remove();
      await relay.stop();
    },
  };
}
