/** A learner as the benchmark drives one over HTTP: join (session cookie), then press Check. */
import { performance } from 'node:perf_hooks';
import { LAB } from './seed-class';

export type LearnerClient = {
  learnerId: string;
  displayName: string;
  /** Runs the "prepare" check; returns when it was sent and how long the answer took. */
  check: () => Promise<{ sentAt: number; ms: number; status: number }>;
};

export async function joinLearner(url: string, displayName: string): Promise<LearnerClient> {
  const headers = { origin: url, 'content-type': 'application/json' };
  const joined = await fetch(`${url}/api/join`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ displayName }),
  });
  if (joined.status !== 201)
    throw new Error(`join answered ${joined.status}: ${await joined.text()}`);
  const cookie = (joined.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const body = (await joined.json()) as { learner: { id: string } };
  return {
    learnerId: body.learner.id,
    displayName,
    async check() {
      const sentAt = performance.now();
      const res = await fetch(`${url}/api/checks`, {
        method: 'POST',
        headers: { ...headers, cookie },
        body: JSON.stringify({ lesson: LAB, taskId: 'prepare' }),
      });
      await res.arrayBuffer();
      return { sentAt, ms: performance.now() - sentAt, status: res.status };
    },
  };
}
