import { describe, expect, it } from 'vitest';
import { readWorkspaceSummary } from './cluster-commands-summary';

const ns = 'learner-0123456789abcdef';

describe('readWorkspaceSummary', () => {
  it('reads a cluster workspace with a valid namespace name', () => {
    expect(readWorkspaceSummary({ mode: 'cluster', namespace: ns })).toEqual({
      mode: 'cluster',
      namespace: ns,
    });
  });

  it.each([
    undefined,
    null,
    { mode: 'sandbox' },
    { mode: 'cluster' },
    { mode: 'cluster', namespace: 'Bad Name; rm -rf ~' },
    { mode: 'cluster', namespace: 'x'.repeat(64) },
  ])('reads %j as the sandbox (lessons as written)', (value) => {
    expect(readWorkspaceSummary(value)).toEqual({ mode: 'sandbox' });
  });
});
