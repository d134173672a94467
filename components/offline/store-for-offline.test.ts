import { describe, expect, it } from 'vitest';
import { storeForOffline, type OfflineProgress, type OfflineStorage } from './store-for-offline';

function fakeStorage(cached: string[], failing: string[] = []) {
  const stored = new Set(cached);
  const fetched: string[] = [];
  let ready = false;
  const storage: OfflineStorage = {
    ready: async () => {
      ready = true;
    },
    has: async (url) => stored.has(url),
    fetchAndStore: async (url) => {
      if (!ready) throw new Error('fetched before the worker was ready');
      if (failing.includes(url)) throw new Error(`${url} answered 503 Service Unavailable`);
      fetched.push(url);
      stored.add(url);
    },
  };
  return { storage, stored, fetched };
}

describe('storeForOffline', () => {
  it('fetches only the pages not cached yet and reports each step', async () => {
    const { storage, fetched, stored } = fakeStorage(['/a']);
    const steps: OfflineProgress[] = [];
    await storeForOffline(['/a', '/b', '/c'], (p) => steps.push(p), storage);
    expect(fetched).toEqual(['/b', '/c']);
    expect([...stored].sort()).toEqual(['/a', '/b', '/c']);
    expect(steps).toEqual([
      { done: 0, total: 3 },
      { done: 1, total: 3 },
      { done: 2, total: 3 },
      { done: 3, total: 3 },
    ]);
  });

  it('stops with the failing page named, never reporting done', async () => {
    const { storage } = fakeStorage([], ['/b']);
    const steps: OfflineProgress[] = [];
    await expect(storeForOffline(['/a', '/b'], (p) => steps.push(p), storage)).rejects.toThrow(
      '/b answered 503',
    );
    expect(steps.at(-1)).toEqual({ done: 1, total: 2 });
  });
});
