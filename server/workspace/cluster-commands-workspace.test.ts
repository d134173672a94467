import { afterEach, describe, expect, it } from 'vitest';
import { describeLearnerWorkspace } from './cluster-commands-workspace';
import { formatLearnerNamespace } from './provision/labels';
import { installWorkspaces, type Workspaces } from './workspaces';

const KEY = Symbol.for('workshop.workspaces');

afterEach(() => {
  delete (globalThis as { [KEY]?: Workspaces })[KEY];
});

describe('describeLearnerWorkspace', () => {
  it('names no namespace in the sandbox', () => {
    expect(describeLearnerWorkspace('ada', 'sandbox')).toEqual({ mode: 'sandbox' });
  });

  it('names the namespace provisioning gives the learner in cluster mode', () => {
    expect(describeLearnerWorkspace('ada', 'cluster')).toEqual({
      mode: 'cluster',
      namespace: formatLearnerNamespace('ada'),
    });
  });

  it('follows the mode of the started workspaces', () => {
    installWorkspaces({ mode: 'cluster' } as Workspaces);
    expect(describeLearnerWorkspace('ada').mode).toBe('cluster');
  });

  it('shows lessons as written before the server started any workspaces', () => {
    expect(describeLearnerWorkspace('ada')).toEqual({ mode: 'sandbox' });
  });
});
