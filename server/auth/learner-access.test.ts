/** Joining and resuming: validation, event code, workspace provisioning, resume on another device. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findLearnerById } from '../progress/learners';
import { subscribeProgressEvents, type ProgressEvent } from '../progress/progress-events';
import { listTestDatabaseTargets, type OpenedTestDatabase } from '../progress/test-databases';
import { findLearnerByResumeCode, joinWorkshop, resumeWorkshop } from './learner-access';
import { RequestProblem } from './request-problem';
import { authenticateCookieValue } from './sessions';
import { createTestAuthContext, createTestClock } from './test-context';
import { setWorkspaceProvisioner } from './workspace-hooks';

const sqlite = listTestDatabaseTargets().find((t) => t.name === 'sqlite');

async function problemOf(promise: Promise<unknown>): Promise<RequestProblem> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof RequestProblem) return err;
    throw err;
  }
  throw new Error('expected a RequestProblem');
}

describe('joinWorkshop and resumeWorkshop', () => {
  let opened: OpenedTestDatabase;
  const provisioned: string[] = [];
  beforeEach(async () => {
    opened = await sqlite!.open();
    provisioned.length = 0;
    setWorkspaceProvisioner((id) => {
      provisioned.push(id);
    });
  });
  afterEach(async () => {
    setWorkspaceProvisioner(undefined);
    await opened.close();
  });

  it('creates a learner, provisions their space, starts a session and announces them', async () => {
    const context = createTestAuthContext(opened, createTestClock());
    const events: ProgressEvent[] = [];
    const stop = subscribeProgressEvents((e) => events.push(e));
    const joined = await joinWorkshop(context, { displayName: '  Ada  Lovelace ' });
    stop();
    expect(joined.learner.displayName).toBe('Ada Lovelace');
    expect(joined.resumePath).toBe(`/join?resume=${joined.resumeCode}`);
    expect(provisioned).toEqual([joined.learner.id]);
    expect((await authenticateCookieValue(context, joined.session.cookieValue))?.learnerId).toBe(
      joined.learner.id,
    );
    expect(events.map((e) => e.type)).toEqual(['learner-joined']);
  });

  it('refuses an invalid name with a 400 on the displayName field', async () => {
    const context = createTestAuthContext(opened, createTestClock());
    const problem = await problemOf(joinWorkshop(context, { displayName: 'x'.repeat(41) }));
    expect(problem).toMatchObject({ status: 400, options: { field: 'displayName' } });
    expect(problem.message).toMatch(/too long: 41 characters/);
    expect(provisioned).toEqual([]);
  });

  it('asks for the event code when the instructor set one, and checks it', async () => {
    const context = createTestAuthContext(opened, createTestClock(), { eventCode: 'KUBE-42' });
    expect(await problemOf(joinWorkshop(context, { displayName: 'Ada' }))).toMatchObject({
      status: 400,
      message: 'Event code is required: ask your instructor for it.',
      options: { field: 'eventCode' },
    });
    expect(
      await problemOf(joinWorkshop(context, { displayName: 'Ada', eventCode: 'KUBE-41' })),
    ).toMatchObject({
      status: 403,
      options: { field: 'eventCode' },
    });
    const joined = await joinWorkshop(context, { displayName: 'Ada', eventCode: ' kube-42 ' });
    expect(joined.learner.eventCode).toBe('KUBE-42');
  });

  it('undoes the join when the cluster space cannot be prepared', async () => {
    const context = createTestAuthContext(opened, createTestClock());
    let failedFor = '';
    setWorkspaceProvisioner((id) => {
      failedFor = id;
      throw new Error('sandbox is full');
    });
    const problem = await problemOf(joinWorkshop(context, { displayName: 'Ada' }));
    expect(problem.status).toBe(503);
    expect(await findLearnerById(opened.db, failedFor)).toBeUndefined();
  });

  it('brings the same learner back with their resume code, typed loosely', async () => {
    const context = createTestAuthContext(opened, createTestClock());
    const joined = await joinWorkshop(context, { displayName: 'Ada' });
    const typed = joined.resumeCode.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o');
    const resumed = await resumeWorkshop(context, { resumeCode: typed });
    expect(resumed.learner.id).toBe(joined.learner.id);
    expect(resumed.session.cookieValue).not.toBe(joined.session.cookieValue);
    expect(provisioned).toEqual([joined.learner.id, joined.learner.id]);
    expect((await findLearnerByResumeCode(context, joined.resumeCode))?.id).toBe(joined.learner.id);
    expect(await findLearnerByResumeCode(context, 'not a code')).toBeUndefined();
  });

  it('refuses malformed and unknown resume codes clearly', async () => {
    const context = createTestAuthContext(opened, createTestClock());
    expect(await problemOf(resumeWorkshop(context, { resumeCode: 'abc' }))).toMatchObject({
      status: 400,
      options: { field: 'resumeCode' },
    });
    expect(
      await problemOf(resumeWorkshop(context, { resumeCode: 'K7Q-4MZ-9TD-2HX' })),
    ).toMatchObject({
      status: 404,
      message: 'No learner has this resume code: check it and try again.',
    });
  });
});
