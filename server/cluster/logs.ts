/**
 * Container logs: reads (or follows) a pod's log and hands each chunk to the caller.
 */
import type { ClusterConnection } from './connection';
import { formatResourcePath } from './objects';
import { openClusterStream } from './request';
import { createApiError } from './status';

export type LogOptions = {
  container?: string;
  follow?: boolean;
  tailLines?: number;
  previous?: boolean;
  timestamps?: boolean;
  sinceSeconds?: number;
  signal?: AbortSignal;
};

/** Streams a pod's log into `write`; resolves when the server ends it (or the signal aborts). */
export async function readPodLogs(
  connection: ClusterConnection,
  namespace: string,
  pod: string,
  options: LogOptions,
  write: (text: string) => void | Promise<void>,
): Promise<void> {
  const { signal, ...query } = options;
  let response;
  try {
    response = await openClusterStream(connection, {
      method: 'GET',
      path: formatResourcePath({
        group: '',
        version: 'v1',
        resource: 'pods',
        namespace,
        name: pod,
        subresource: 'log',
      }),
      query: {
        container: query.container,
        follow: query.follow || undefined,
        tailLines: query.tailLines,
        previous: query.previous || undefined,
        timestamps: query.timestamps || undefined,
        sinceSeconds: query.sinceSeconds,
      },
      accept: '*/*',
      signal,
    });
  } catch (error) {
    if (signal?.aborted) return;
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
  try {
    for await (const chunk of response) await write((chunk as Buffer).toString('utf8'));
  } catch (error) {
    if (!signal?.aborted) throw error;
  }
}
