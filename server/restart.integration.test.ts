/**
 * A site restart loses nothing: two learners work (files in their workstation, objects in their
 * sandbox, passed and failed checks, a quiz answer), every service is stopped as on SIGTERM, and
 * the same data folder is opened again. Progress, sandbox objects and workstation files are all
 * there, each learner still sees only their own, and checks still pass.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runLearnerCheck } from './checks/run-learner-check';
import { openDatabase, type WorkshopDb } from './progress/db';
import { listLearnerProgress } from './progress/learner-progress';
import { createLearner } from './progress/learners';
import { recordQuizAnswer } from './progress/quiz-answers';
import { createSandbox } from './sandbox';
import { createSandboxWorkspaces } from './workspace/sandbox-workspaces';
import { runInWorkstation } from './workspace/workstation-exec';
import type { Workspaces } from './workspace/workspaces';

const LAB = 'kubernetes-security/lab-fix-cfos-boot-permissions';
const dataDir = mkdtempSync(path.join(tmpdir(), 'site-restart-'));

async function startSite() {
  const db = await openDatabase({ dataDir });
  const workspaces = createSandboxWorkspaces(await createSandbox({ dataDir }));
  return { db, workspaces };
}

async function stopSite(site: { db: WorkshopDb; workspaces: Workspaces }) {
  await site.workspaces.close();
  await site.db.destroy();
}

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('a site restart', () => {
  it("keeps every learner's progress, sandbox objects and files, and nothing crosses", async () => {
    const before = await startSite();
    const ana = await createLearner(before.db, {
      displayName: 'Ana',
      eventCode: null,
      resumeCodeHash: 'a',
    });
    const ben = await createLearner(before.db, {
      displayName: 'Ben',
      eventCode: null,
      resumeCodeHash: 'b',
    });
    const check = (site: typeof before, learnerId: string, taskId: string) =>
      runLearnerCheck({ db: site.db, workspaces: site.workspaces, learnerId, lesson: LAB, taskId });

    // Ana prepares the lab; Ben only tries the check and writes a note.
    for (const line of [
      'cd && kubectl create namespace cfostest',
      'cd && kubectl apply -f cfosimagepullsecret.yaml -n cfostest',
      'cd && kubectl create -f $scriptDir/k8s-201-workshop/scripts/cfos/Task1_1_create_cfos_serviceaccount.yaml -n cfostest',
      'echo ana-was-here > ~/note.txt',
    ]) {
      expect((await runInWorkstation(before.workspaces, ana.id, line)).exitCode).toBe(0);
    }
    expect((await check(before, ana.id, 'prepare')).passed).toBe(true);
    expect((await check(before, ben.id, 'prepare')).passed).toBe(false);
    await runInWorkstation(before.workspaces, ben.id, 'echo ben-was-here > ~/note.txt');
    await recordQuizAnswer(before.db, {
      learnerId: ana.id,
      lesson: LAB,
      quizId: 'qa-privileged',
      answer: 'no',
      correct: true,
    });
    await stopSite(before);

    const after = await startSite();
    const anaProgress = await listLearnerProgress(after.db, ana.id);
    expect(anaProgress.tasks.find((t) => t.taskId === 'prepare')?.status).toBe('completed');
    expect(anaProgress.quizzes.map((q) => q.answer)).toEqual(['no']);
    const benProgress = await listLearnerProgress(after.db, ben.id);
    expect(benProgress.tasks.find((t) => t.taskId === 'prepare')?.status).not.toBe('completed');
    expect(benProgress.quizzes).toEqual([]);

    const anaFiles = await runInWorkstation(
      after.workspaces,
      ana.id,
      'cat ~/note.txt; kubectl get ns cfostest -o name',
    );
    expect(anaFiles.stdout).toBe('ana-was-here\nnamespace/cfostest\n');
    const benFiles = await runInWorkstation(
      after.workspaces,
      ben.id,
      'cat ~/note.txt; kubectl get ns cfostest -o name',
    );
    expect(benFiles.stdout).toBe('ben-was-here\n');
    expect(benFiles.stderr).toContain('NotFound');

    expect((await check(after, ana.id, 'prepare')).passed).toBe(true);
    expect((await check(after, ana.id, 'qa-privileged')).passed).toBe(true);
    expect((await check(after, ben.id, 'qa-privileged')).passed).toBe(false);
    await stopSite(after);
  }, 120_000);
});
