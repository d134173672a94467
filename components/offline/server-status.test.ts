import { afterEach, describe, expect, it, vi } from 'vitest';
import { createServerStatus, type ServerStatusStore } from './server-status';

class FakeWindow extends EventTarget {}

describe('createServerStatus', () => {
  let store: ServerStatusStore | undefined;
  afterEach(() => {
    store?.stop();
    vi.useRealTimers();
  });

  it('starts unknown and becomes reachable when the probe answers', async () => {
    store = createServerStatus({ probe: async () => true });
    expect(store.read()).toBe('unknown');
    await expect(store.check()).resolves.toBe('reachable');
  });

  it('reports unreachable when the probe fails or throws', async () => {
    store = createServerStatus({ probe: async () => false });
    await expect(store.check()).resolves.toBe('unreachable');
    store.stop();
    store = createServerStatus({ probe: () => Promise.reject(new Error('refused')) });
    await expect(store.check()).resolves.toBe('unreachable');
  });

  it('goes unreachable at once on the offline event and comes back by itself', async () => {
    vi.useFakeTimers();
    let up = true;
    const events = new FakeWindow();
    store = createServerStatus({ probe: async () => up, events, retryMs: 1000, idleMs: 60_000 });
    await vi.advanceTimersByTimeAsync(0);
    expect(store.read()).toBe('reachable');
    const seen: string[] = [];
    store.subscribe(() => seen.push(store!.read()));

    up = false;
    events.dispatchEvent(new Event('offline'));
    expect(store.read()).toBe('unreachable');
    await vi.advanceTimersByTimeAsync(1000);
    expect(store.read()).toBe('unreachable');

    up = true;
    await vi.advanceTimersByTimeAsync(1000);
    expect(store.read()).toBe('reachable');
    expect(seen).toEqual(['unreachable', 'reachable']);
  });

  it('shares one probe between concurrent checks', async () => {
    const probe = vi.fn(async () => true);
    store = createServerStatus({ probe });
    await Promise.all([store.check(), store.check(), store.check()]);
    // One from start-up (still in flight) shared by the three calls.
    expect(probe).toHaveBeenCalledTimes(1);
  });
});
