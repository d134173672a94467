import { afterEach, describe, expect, it, vi } from 'vitest';

/** A fresh module (its /api/me answer is cached per page) over a stubbed fetch. */
async function loadWith(answer: () => Promise<Response>) {
  vi.resetModules();
  const fetch = vi.fn(answer);
  vi.stubGlobal('fetch', fetch);
  const workspace = await import('./learner-workspace');
  return { fetch, ...workspace };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

const namespace = 'learner-0123456789abcdef';

describe('the learner workspace from /api/me', () => {
  it('renders commands for the namespace the server names in cluster mode, asking once', async () => {
    const { fetch, loadWorkspaceSummary, loadCommandAdapter } = await loadWith(async () =>
      Response.json({ workspace: { mode: 'cluster', namespace } }),
    );
    expect(await loadWorkspaceSummary()).toEqual({ mode: 'cluster', namespace });
    const adapt = await loadCommandAdapter();
    expect(adapt?.('kubectl get po -n cfostest')).toEqual({
      command: `kubectl get po -n ${namespace}`,
      namespace,
    });
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('shows commands as written in the sandbox', async () => {
    const { loadCommandAdapter } = await loadWith(async () =>
      Response.json({ workspace: { mode: 'sandbox' } }),
    );
    expect(await loadCommandAdapter()).toBeNull();
  });

  it('shows commands as written for a reader who has not joined', async () => {
    const { loadWorkspaceSummary, loadCommandAdapter } = await loadWith(async () =>
      Response.json({ error: 'Sign in first' }, { status: 401 }),
    );
    expect(await loadWorkspaceSummary()).toEqual({ mode: 'sandbox' });
    expect(await loadCommandAdapter()).toBeNull();
  });

  it('shows commands as written offline', async () => {
    const { loadCommandAdapter } = await loadWith(() =>
      Promise.reject(new TypeError('Failed to fetch')),
    );
    expect(await loadCommandAdapter()).toBeNull();
  });
});
