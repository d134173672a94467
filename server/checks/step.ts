/** Small builders that keep check definitions readable: one line per step. */
import type { CheckStep } from './types';

export function step(
  name: string,
  ok: boolean,
  expected: string,
  actual: string,
  hint: string,
): CheckStep {
  return ok ? { name, ok, expected, actual } : { name, ok, expected, actual, hint };
}

/** A step that could not be evaluated because an earlier one failed. */
export function skipped(name: string, expected: string, because: string): CheckStep {
  return { name, ok: false, expected, actual: 'not checked yet', hint: because };
}

export function describeList(values: readonly string[]): string {
  return values.length === 0 ? 'none' : values.map((v) => `"${v}"`).join(', ');
}
