/** Shared set-up for tests that need two learners in one sandbox, and Status assertions. */
import { expect } from 'vitest';
import { createSandbox, type Sandbox } from '../index';
import { createFakeRuntime } from './fake-runtime';
import { call } from './http-client';

export type TwoLearners = {
  sandbox: Sandbox;
  alice: string;
  bob: string;
  req: (
    token: string | undefined,
    method: string,
    path: string,
    body?: string | Uint8Array,
    headers?: Record<string, string>,
  ) => ReturnType<typeof call>;
};

export async function startTwoLearners(): Promise<TwoLearners> {
  const sandbox = await createSandbox({
    runtime: createFakeRuntime(),
    clusterOptions: { timing: { pullMs: 20, startMs: 10 }, limits: { maxPods: 3, maxObjects: 60 } },
  });
  const alice = (await sandbox.provisionLearnerCluster('alice')).token;
  const bob = (await sandbox.provisionLearnerCluster('bob')).token;
  return {
    sandbox,
    alice,
    bob,
    req: (token, method, path, body, headers) =>
      call(sandbox.url, token, method, path, body, headers),
  };
}

export function expectStatus(
  res: { status: number; json: () => Record<string, unknown> },
  code: number,
  reason: string,
  message: RegExp | string,
) {
  expect(res.status).toBe(code);
  const body = res.json();
  expect(body).toMatchObject({ kind: 'Status', status: 'Failure', code, reason });
  if (typeof message === 'string') expect(body.message).toBe(message);
  else expect(body.message).toMatch(message);
}

export const configMap = (name: string, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name }, ...extra });
