/**
 * Saves a list of same-site pages for offline reading. Waits for the service worker to finish
 * its precache (scripts, styles, fonts, images, prerendered pages), then makes sure each page is
 * in a cache the worker serves from, fetching the ones that are not.
 */

export type OfflineProgress = { done: number; total: number };

/** Cache the worker's page route reads from (Serwist's Next.js defaults call it "pages"). */
export const PAGES_CACHE = 'pages';

export type OfflineStorage = {
  /** Resolves once the worker is active, i.e. its precache is complete. */
  ready(): Promise<unknown>;
  has(url: string): Promise<boolean>;
  fetchAndStore(url: string): Promise<void>;
};

function browserStorage(): OfflineStorage {
  if (!('serviceWorker' in navigator) || !('caches' in window)) {
    throw new Error('this browser cannot keep pages offline (no service worker support)');
  }
  return {
    ready: () => navigator.serviceWorker.ready,
    has: async (url) => (await caches.match(url)) !== undefined,
    async fetchAndStore(url) {
      const res = await fetch(url, { credentials: 'same-origin' });
      if (!res.ok) throw new Error(`${url} answered ${res.status} ${res.statusText}`);
      await (await caches.open(PAGES_CACHE)).put(url, res);
    },
  };
}

export async function storeForOffline(
  urls: string[],
  onProgress: (progress: OfflineProgress) => void,
  storage: OfflineStorage = browserStorage(),
): Promise<void> {
  const total = urls.length;
  let done = 0;
  onProgress({ done, total });
  await storage.ready();
  for (const url of urls) {
    if (!(await storage.has(url))) await storage.fetchAndStore(url);
    done += 1;
    onProgress({ done, total });
  }
}
