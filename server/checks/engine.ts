/**
 * Runs a check for one learner: with a time limit, one run at a time per learner and task, and a
 * readable failure when the check itself cannot run (the cluster is unreachable, say).
 */
import { checks } from './registry';
import type { CheckContext, CheckDefinition, CheckResult } from './types';

export class CheckBusyError extends Error {
  constructor(checkId: string) {
    super(`A check of "${checkId}" is already running for you; wait for its result.`);
  }
}

export class UnknownCheckError extends Error {
  constructor(checkId: string) {
    super(`There is no check named "${checkId}".`);
  }
}

export type CheckEngine = {
  run(learnerId: string, checkId: string, context: CheckContext): Promise<CheckResult>;
};

export function createCheckEngine(
  options: {
    timeoutMs?: number;
    definitions?: ReadonlyMap<string, CheckDefinition>;
  } = {},
): CheckEngine {
  const timeoutMs = options.timeoutMs ?? 10_000;
  const definitions = options.definitions ?? checks;
  const running = new Set<string>();

  return {
    async run(learnerId, checkId, context) {
      const definition = definitions.get(checkId);
      if (!definition) throw new UnknownCheckError(checkId);
      const key = `${learnerId}\u0000${checkId}`;
      if (running.has(key)) throw new CheckBusyError(checkId);
      running.add(key);
      const started = performance.now();
      try {
        const steps = await withTimeout(definition.run(context), timeoutMs);
        return {
          checkId,
          passed: steps.length > 0 && steps.every((s) => s.ok),
          steps,
          durationMs: Math.round(performance.now() - started),
        };
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        return {
          checkId,
          passed: false,
          steps: [
            {
              name: 'The check could run',
              ok: false,
              expected: 'your cluster space answers',
              actual: reason,
              hint: 'Try again in a moment. If it keeps failing, ask your instructor.',
            },
          ],
          durationMs: Math.round(performance.now() - started),
        };
      } finally {
        running.delete(key);
      }
    },
  };
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`the check took longer than ${ms / 1000} s`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
