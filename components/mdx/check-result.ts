/**
 * How a task check's answer reads to a learner: the server's result (or its refusal) turned into a
 * one-line verdict for the status region. Pure, so it is unit-tested.
 */

/** One step of a check, as POST /api/checks returns it. */
export type CheckStepView = {
  name: string;
  ok: boolean;
  expected: string;
  actual: string;
  hint?: string;
};

export type CheckResultView = { passed: boolean; steps: CheckStepView[] };

/** Reads the JSON of a successful check answer, refusing anything that is not one. */
export function parseCheckResult(value: unknown): CheckResultView {
  const body = value as { passed?: unknown; steps?: unknown } | null;
  if (!body || typeof body.passed !== 'boolean' || !Array.isArray(body.steps)) {
    throw new Error('the server sent an answer that is not a check result');
  }
  const steps = body.steps.map((raw) => {
    const step = raw as Partial<CheckStepView> | null;
    return {
      name: String(step?.name ?? ''),
      ok: step?.ok === true,
      expected: String(step?.expected ?? ''),
      actual: String(step?.actual ?? ''),
      hint: typeof step?.hint === 'string' ? step.hint : undefined,
    };
  });
  return { passed: body.passed, steps };
}

export function describeResult(result: CheckResultView): string {
  const right = result.steps.filter((s) => s.ok).length;
  const total = result.steps.length;
  if (result.passed) return `Passed: all ${total} ${total === 1 ? 'step is' : 'steps are'} right.`;
  return `Not passed: ${right} of ${total} steps are right. The first one to fix is marked below.`;
}

/** The sentence for a refused check; a 401 means the reader has not joined a workshop yet. */
export function describeRefusal(status: number, message: string | undefined): string {
  if (status === 401) return 'Join the workshop first: checks run against your own cluster space.';
  if (status === 409)
    return message ?? 'A check is already running for you; try again in a moment.';
  if (status === 429)
    return message ?? 'Too many checks at once; wait a few seconds and try again.';
  return message ?? `The check could not run (HTTP ${status}). Try again in a moment.`;
}
