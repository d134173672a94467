import { afterEach, describe, expect, it, vi } from 'vitest';

/** A fresh module (its /api/me answer is cached per page) over a stubbed fetch. */
async function loadWith(answer: () => Promise<Response>) {
  vi.resetModules();
  const fetch = vi.fn(answer);
  vi.stubGlobal('fetch', fetch);
  const { loadWorkspaceSummary } = await import('./learner-workspace');
  return { fetch, loadWorkspaceSummary };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('loadWorkspaceSummary', () => {
  it('reads the namespace the server names in cluster mode, asking once per page', async () => {
    const { fetch, loadWorkspaceSummary } = await loadWith(async () =>
      Response.json({ workspace: { mode: 'cluster', namespace: 'learner-0123456789abcdef' } }),
    );
    const expected = { mode: 'cluster', namespace: 'learner-0123456789abcdef' };
    expect(await loadWorkspaceSummary()).toEqual(expected);
    expect(await loadWorkspaceSummary()).toEqual(expected);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('shows lessons as written for a reader who has not joined', async () => {
    const { loadWorkspaceSummary } = await loadWith(async () =>
      Response.json({ error: 'Sign in first' }, { status: 401 }),
    );
    expect(await loadWorkspaceSummary()).toEqual({ mode: 'sandbox' });
  });

  it('shows lessons as written offline', async () => {
    const { loadWorkspaceSummary } = await loadWith(() =>
      Promise.reject(new TypeError('Failed to fetch')),
    );
    expect(await loadWorkspaceSummary()).toEqual({ mode: 'sandbox' });
  });
});
