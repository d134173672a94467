/**
 * Whether the site's server can be reached, as one shared store for every component that needs
 * it. The browser's online flag alone is not enough (the network may be up while the server is
 * down), so the store probes /healthz: on start, on the browser's online/offline events, and
 * regularly while the server is out of reach, so features come back by themselves.
 */

export type ServerStatus = 'unknown' | 'reachable' | 'unreachable';

export type ServerStatusStore = {
  read(): ServerStatus;
  subscribe(listener: () => void): () => void;
  /** Probes now (e.g. after a failed request) and resolves with the new status. */
  check(): Promise<ServerStatus>;
  stop(): void;
};

export type ServerStatusOptions = {
  /** Resolves true when the server answered. */
  probe?: () => Promise<boolean>;
  /** How often to probe while the server is out of reach. */
  retryMs?: number;
  /** How often to probe while all is well (catches a server that went away quietly). */
  idleMs?: number;
  /** Where online/offline events come from; absent outside the browser. */
  events?: Pick<Window, 'addEventListener' | 'removeEventListener'>;
};

/** Asks /healthz with a short timeout; any answer from the site counts as reachable. */
export async function probeHealthz(timeoutMs = 4000): Promise<boolean> {
  try {
    const res = await fetch('/healthz', {
      cache: 'no-store',
      signal: AbortSignal.timeout(timeoutMs),
    });
    return res.ok;
  } catch {
    return false;
  }
}

export function createServerStatus(options: ServerStatusOptions = {}): ServerStatusStore {
  const { probe = probeHealthz, retryMs = 3000, idleMs = 30_000, events } = options;
  let status: ServerStatus = 'unknown';
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  let inFlight: Promise<ServerStatus> | undefined;
  const listeners = new Set<() => void>();

  const schedule = () => {
    clearTimeout(timer);
    if (stopped) return;
    timer = setTimeout(() => void check(), status === 'reachable' ? idleMs : retryMs);
  };

  const check = (): Promise<ServerStatus> => {
    // Concurrent callers share one probe instead of piling requests onto a struggling server.
    inFlight ??= probe()
      .catch(() => false)
      .then((ok) => {
        inFlight = undefined;
        const next: ServerStatus = ok ? 'reachable' : 'unreachable';
        if (next !== status) {
          status = next;
          for (const listener of listeners) listener();
        }
        schedule();
        return status;
      });
    return inFlight;
  };

  const onOffline = () => {
    if (status !== 'unreachable') {
      status = 'unreachable';
      for (const listener of listeners) listener();
    }
    schedule();
  };
  const onOnline = () => void check();
  events?.addEventListener('offline', onOffline);
  events?.addEventListener('online', onOnline);
  void check();

  return {
    read: () => status,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    check,
    stop() {
      stopped = true;
      clearTimeout(timer);
      events?.removeEventListener('offline', onOffline);
      events?.removeEventListener('online', onOnline);
    },
  };
}
