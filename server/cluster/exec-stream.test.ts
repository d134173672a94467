import { describe, expect, it } from 'vitest';
import { readExitCode } from './exec-stream';
import { ClusterApiError } from './types';

describe('readExitCode', () => {
  it('reads success, non-zero exit codes and other failures', () => {
    expect(readExitCode({ status: 'Success' })).toBe(0);
    expect(
      readExitCode({
        status: 'Failure',
        reason: 'NonZeroExitCode',
        details: { causes: [{ reason: 'ExitCode', message: '3' }] },
      }),
    ).toBe(3);
    expect(() =>
      readExitCode({ status: 'Failure', message: 'container not found ("x")', code: 400 }),
    ).toThrow(ClusterApiError);
  });
});
