/**
 * Watching a resource: reads the API server's newline-delimited watch stream and hands each
 * ADDED / MODIFIED / DELETED event to the caller, optionally as server-printed Table rows.
 */
import type { ClusterConnection } from './connection';
import { formatResourcePath, tableAccept } from './objects';
import { openClusterStream } from './request';
import { createApiError } from './status';
import { ClusterApiError, type ApiStatus, type ClusterObject, type ResourceAddress } from './types';

export type WatchEventType = 'ADDED' | 'MODIFIED' | 'DELETED' | 'BOOKMARK';

export type WatchOptions = {
  resourceVersion?: string;
  labelSelector?: string;
  fieldSelector?: string;
  timeoutSeconds?: number;
  /** Ask for each event's object as a one-row meta.k8s.io Table. */
  asTable?: boolean;
  signal?: AbortSignal;
};

/**
 * Watches until the stream ends. `onEvent` may return `'stop'` to end the watch early.
 * Resolves when the watch is over (or the signal aborts); rejects on a server error.
 */
export async function watchObjects(
  connection: ClusterConnection,
  address: ResourceAddress,
  options: WatchOptions,
  onEvent: (type: WatchEventType, object: ClusterObject) => 'stop' | void,
): Promise<void> {
  const { signal, asTable, ...query } = options;
  if (signal?.aborted) return;
  const local = new AbortController();
  const onAbort = () => local.abort();
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    let response;
    try {
      response = await openClusterStream(connection, {
        method: 'GET',
        path: formatResourcePath(address),
        query: { ...query, watch: true, allowWatchBookmarks: true },
        accept: asTable ? tableAccept : 'application/json',
        signal: local.signal,
      });
    } catch (error) {
      if (local.signal.aborted) return;
      throw error;
    }
    if ((response.statusCode ?? 0) >= 300) {
      const chunks: Buffer[] = [];
      for await (const chunk of response) chunks.push(chunk as Buffer);
      throw createApiError({
        status: response.statusCode ?? 0,
        contentType: String(response.headers['content-type'] ?? ''),
        text: Buffer.concat(chunks).toString('utf8'),
      });
    }
    let pending = '';
    try {
      for await (const chunk of response) {
        pending += (chunk as Buffer).toString('utf8');
        let newline;
        while ((newline = pending.indexOf('\n')) !== -1) {
          const line = pending.slice(0, newline).trim();
          pending = pending.slice(newline + 1);
          if (!line) continue;
          const event = JSON.parse(line) as { type: string; object: ClusterObject };
          if (event.type === 'ERROR') {
            const status = event.object as ApiStatus;
            throw new ClusterApiError(status.code ?? 500, status);
          }
          if (onEvent(event.type as WatchEventType, event.object) === 'stop') {
            local.abort();
            return;
          }
        }
      }
    } catch (error) {
      if (local.signal.aborted && !(error instanceof ClusterApiError)) return;
      throw error;
    }
  } finally {
    signal?.removeEventListener('abort', onAbort);
    local.abort();
  }
}
