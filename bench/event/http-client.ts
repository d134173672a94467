/**
 * A learner's HTTP calls to the site (join, Check, Q&A, progress), sent from a chosen loopback
 * source address. The site limits joins per client address; giving each simulated learner its own
 * 127.x.y.z address makes the bench look like a class of separate machines without loosening the
 * limit.
 */
import { request } from 'node:http';
import { performance } from 'node:perf_hooks';
import { LAB } from './lab-script';

export type HttpReply = {
  status: number;
  body: string;
  headers: Record<string, string | string[] | undefined>;
};

export type HttpTarget = { port: number; localAddress: string };

export function sendHttp(
  target: HttpTarget,
  method: string,
  path: string,
  options: { body?: string; cookie?: string; timeoutMs?: number } = {},
): Promise<HttpReply> {
  const origin = `http://localhost:${target.port}`;
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: target.port,
        method,
        path,
        localAddress: target.localAddress,
        agent: false,
        headers: {
          host: `localhost:${target.port}`,
          origin,
          ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
          ...(options.cookie ? { cookie: options.cookie } : {}),
        },
        timeout: options.timeoutMs ?? 30_000,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            body: Buffer.concat(chunks).toString('utf8'),
            headers: res.headers,
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error(`${method} ${path} timed out`)));
    req.on('error', reject);
    req.end(options.body);
  });
}

/** The loopback address learner `index` sends from: 127.0.<1+index/250>.<1+index%250>. */
export function learnerAddress(index: number): string {
  return `127.0.${1 + Math.floor(index / 250)}.${1 + (index % 250)}`;
}

export type JoinedLearner = { learnerId: string; cookie: string };

export async function joinSite(target: HttpTarget, displayName: string): Promise<JoinedLearner> {
  const reply = await sendHttp(target, 'POST', '/api/join', {
    body: JSON.stringify({ displayName }),
  });
  if (reply.status !== 201) throw new Error(`join answered ${reply.status}: ${reply.body}`);
  const setCookie = reply.headers['set-cookie'];
  const line = Array.isArray(setCookie) ? setCookie[0] : setCookie;
  const cookie = (line ?? '').split(';')[0] ?? '';
  const body = JSON.parse(reply.body) as { learner: { id: string } };
  return { learnerId: body.learner.id, cookie };
}

export type TimedCheck = { ms: number; status: number; passed: boolean; failing: string[] };

export async function runCheck(
  target: HttpTarget,
  cookie: string,
  taskId: string,
): Promise<TimedCheck> {
  const started = performance.now();
  const reply = await sendHttp(target, 'POST', '/api/checks', {
    cookie,
    body: JSON.stringify({ lesson: LAB, taskId }),
  });
  const ms = performance.now() - started;
  if (reply.status !== 200)
    return { ms, status: reply.status, passed: false, failing: [reply.body] };
  const result = JSON.parse(reply.body) as {
    passed: boolean;
    steps: { ok: boolean; name: string }[];
  };
  return {
    ms,
    status: reply.status,
    passed: result.passed,
    failing: result.steps.filter((s) => !s.ok).map((s) => s.name),
  };
}

export async function answerQuiz(
  target: HttpTarget,
  cookie: string,
  quizId: string,
  answer: string,
): Promise<{ status: number; correct: boolean }> {
  const reply = await sendHttp(target, 'POST', '/api/quiz', {
    cookie,
    body: JSON.stringify({ lesson: LAB, quizId, answer }),
  });
  if (reply.status !== 200) return { status: reply.status, correct: false };
  return {
    status: reply.status,
    correct: (JSON.parse(reply.body) as { correct: boolean }).correct,
  };
}

/** Task ids the learner's own progress shows as completed, and the id the site knows them by. */
export async function readCompletedTasks(
  target: HttpTarget,
  cookie: string,
): Promise<{ learnerId: string; completed: string[] }> {
  const reply = await sendHttp(target, 'GET', '/api/me', { cookie });
  if (reply.status !== 200) throw new Error(`GET /api/me answered ${reply.status}: ${reply.body}`);
  const body = JSON.parse(reply.body) as {
    learner: { id: string };
    progress: { tasks: { lesson: string; taskId: string; status: string }[] };
  };
  return {
    learnerId: body.learner.id,
    completed: body.progress.tasks
      .filter((t) => t.lesson === LAB && t.status === 'completed')
      .map((t) => t.taskId)
      .sort(),
  };
}
