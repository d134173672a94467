/**
 * Joining and resuming: validate what the learner typed, create or find the learner, prepare their
 * cluster space and start a session. Errors are RequestProblems that name the field at fault.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import {
  createLearner,
  deleteLearner,
  findLearnerByResumeCodeHash,
  markLearnerSeen,
} from '../progress/learners';
import { publishProgressEvent } from '../progress/progress-events';
import type { Learner } from '../progress/types';
import type { AuthContext } from './auth-context';
import { validateDisplayName } from './display-name';
import { RequestProblem } from './request-problem';
import {
  buildResumePath,
  generateResumeCode,
  hashResumeCode,
  normalizeResumeCode,
} from './resume-code';
import { startSession, type StartedSession } from './sessions';
import { provisionWorkspace } from './workspace-hooks';

export type JoinResult = {
  learner: Learner;
  /** Shown once; only its hash is stored. */
  resumeCode: string;
  resumePath: string;
  session: StartedSession;
};

function eventCodesMatch(given: string, expected: string): boolean {
  const digest = (s: string) => createHash('sha256').update(s.trim().toUpperCase()).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

export async function joinWorkshop(
  context: AuthContext,
  input: { displayName?: unknown; eventCode?: string },
): Promise<JoinResult> {
  const name = validateDisplayName(input.displayName);
  if (!name.ok) throw new RequestProblem(400, name.error, { field: 'displayName' });

  const required = context.config.eventCode;
  if (required) {
    if (!input.eventCode?.trim()) {
      throw new RequestProblem(400, 'Event code is required: ask your instructor for it.', {
        field: 'eventCode',
      });
    }
    if (!eventCodesMatch(input.eventCode, required)) {
      throw new RequestProblem(403, 'Event code is not correct: check it with your instructor.', {
        field: 'eventCode',
      });
    }
  }

  const resumeCode = generateResumeCode();
  const learner = await createLearner(
    context.db,
    {
      displayName: name.value,
      eventCode: required ? required.toUpperCase() : null,
      resumeCodeHash: hashResumeCode(normalizeResumeCode(resumeCode) as string, context.secret),
    },
    context.now(),
  );
  try {
    await provisionWorkspace(learner.id);
  } catch (err) {
    // Without a cluster space the learner cannot do the labs: undo the join and say so.
    await deleteLearner(context.db, learner.id);
    console.error(`could not provision a workspace for learner ${learner.id}:`, err);
    throw new RequestProblem(
      503,
      'Your cluster space could not be prepared. Please try joining again in a moment.',
    );
  }
  const session = await startSession(context, learner.id);
  publishProgressEvent({
    type: 'learner-joined',
    learnerId: learner.id,
    displayName: learner.displayName,
    at: learner.createdAt,
  });
  return { learner, resumeCode, resumePath: buildResumePath(resumeCode), session };
}

/** The learner a typed resume code belongs to; undefined for unknown or malformed codes. */
export async function findLearnerByResumeCode(
  context: AuthContext,
  typedCode: string,
): Promise<Learner | undefined> {
  const code = normalizeResumeCode(typedCode);
  if (!code) return undefined;
  return findLearnerByResumeCodeHash(context.db, hashResumeCode(code, context.secret));
}

export async function resumeWorkshop(
  context: AuthContext,
  input: { resumeCode: string },
): Promise<{ learner: Learner; session: StartedSession }> {
  const code = normalizeResumeCode(input.resumeCode);
  if (!code) {
    throw new RequestProblem(
      400,
      'Resume code is not valid: it has 12 letters and digits, like K7Q-4MZ-9TD-2HX.',
      { field: 'resumeCode' },
    );
  }
  const learner = await findLearnerByResumeCode(context, code);
  if (!learner) {
    throw new RequestProblem(404, 'No learner has this resume code: check it and try again.', {
      field: 'resumeCode',
    });
  }
  try {
    await provisionWorkspace(learner.id);
  } catch (err) {
    console.error(`could not provision a workspace for learner ${learner.id}:`, err);
    throw new RequestProblem(
      503,
      'Your cluster space could not be prepared. Please try again in a moment.',
    );
  }
  await markLearnerSeen(context.db, learner.id, context.now());
  return { learner, session: await startSession(context, learner.id) };
}
