import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, explainLimitErrors, hitLimit } from './limits';

describe('limit messages', () => {
  it("rewrites just-bash's limit errors for a learner", () => {
    const raw =
      'bash: too many commands executed (>5000), increase executionLimits.maxCommandCount\n' +
      'bash: for loop: too many iterations (5000), increase executionLimits.maxLoopIterations\n' +
      'bash: pipeline: total output size exceeded (>524288 bytes), increase executionLimits.maxOutputSize\n' +
      'bash: seq: output size limit exceeded (524288 bytes)\n' +
      'bash: sleep exceeded its execution deadline\n';
    expect(hitLimit(raw)).toBe(true);
    expect(explainLimitErrors(raw, DEFAULT_LIMITS)).toBe(
      'bash: stopped after 5000 commands: this workshop shell limits how much one command line may run\n'.repeat(
        2,
      ) +
        'bash: output cut off after 524288 bytes: this workshop shell limits what one command line may print\n'.repeat(
          2,
        ) +
        'bash: stopped after 15 min: this workshop shell limits how long one command line may run\n',
    );
  });

  it("leaves a command's own errors alone", () => {
    const own = 'bash: [: too many arguments\ncurl: (28) Operation timed out\n';
    expect(hitLimit(own)).toBe(false);
    expect(explainLimitErrors(own, DEFAULT_LIMITS)).toBe(own);
  });
});
