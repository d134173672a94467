/**
 * Fills a database with a class of learners at different points of the lab, through the real
 * repositories (createLearner, recordCheckAttempt, addTimeOnTask), and times every
 * recordCheckAttempt call: seeding is also the direct ingestion measurement.
 */
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { recordCheckAttempt } from '@/server/progress/check-attempts';
import type { WorkshopDb } from '@/server/progress/db';
import { createLearner } from '@/server/progress/learners';
import { addTimeOnTask } from '@/server/progress/task-progress';

export const LAB = 'kubernetes-security/lab-fix-cfos-boot-permissions';
export const LAB_TASKS = ['prepare', 'deploy-net-raw', 'fix-permissions', 'clean-up'];
const STEPS = ['namespace', 'pull secret', 'service account', 'role binding'];

export type SeedResult = { learners: number; attempts: number; callMs: number[]; wallMs: number };

/** A small seeded generator so every run seeds the same class. */
function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

export async function seedClass(db: WorkshopDb, count: number): Promise<SeedResult> {
  const random = createRandom(42);
  const pick = (n: number) => Math.floor(random() * n);
  const callMs: number[] = [];
  const started = performance.now();
  const start = Date.now() - 60 * 60_000;
  for (let i = 0; i < count; i++) {
    const learner = await createLearner(
      db,
      {
        displayName: `Learner ${String(i + 1).padStart(3, '0')}`,
        eventCode: null,
        resumeCodeHash: randomUUID(),
      },
      new Date(start + i * 1000),
    );
    const passedTasks = pick(LAB_TASKS.length + 1);
    let at = start + count * 1000 + pick(300_000);
    for (let t = 0; t <= Math.min(passedTasks, LAB_TASKS.length - 1); t++) {
      const taskId = LAB_TASKS[t] as string;
      const fails = pick(t === passedTasks ? 6 : 3);
      for (let f = 0; f < fails + (t < passedTasks ? 1 : 0); f++) {
        const passed = t < passedTasks && f === fails;
        const step = STEPS[pick(STEPS.length)] as string;
        at += 20_000 + pick(120_000);
        const before = performance.now();
        await recordCheckAttempt(
          db,
          {
            learnerId: learner.id,
            lesson: LAB,
            taskId,
            passed,
            steps: [{ name: step, ok: passed, hint: passed ? undefined : `Look at the ${step}.` }],
            durationMs: 30 + pick(200),
          },
          new Date(at),
        );
        callMs.push(performance.now() - before);
      }
      if (t < passedTasks) {
        const ref = { learnerId: learner.id, lesson: LAB, taskId, ms: 60_000 + pick(240_000) };
        await addTimeOnTask(db, ref, new Date(at));
      }
    }
  }
  return { learners: count, attempts: callMs.length, callMs, wallMs: performance.now() - started };
}

/** Sustained ingestion: `n` recordCheckAttempt calls back to back on random seeded learners. */
export async function ingestAttempts(db: WorkshopDb, n: number) {
  const ids = (await db.selectFrom('learners').select('id').execute()).map((r) => r.id);
  const random = createRandom(7);
  const callMs: number[] = [];
  const started = performance.now();
  for (let i = 0; i < n; i++) {
    const before = performance.now();
    await recordCheckAttempt(db, {
      learnerId: ids[Math.floor(random() * ids.length)] as string,
      lesson: LAB,
      taskId: LAB_TASKS[Math.floor(random() * LAB_TASKS.length)] as string,
      passed: false,
      steps: [{ name: 'namespace', ok: false, hint: 'Create the namespace.' }],
      durationMs: 50,
    });
    callMs.push(performance.now() - before);
  }
  return { callMs, wallMs: performance.now() - started };
}
