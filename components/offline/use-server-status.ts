'use client';
/** React access to the one shared server-status store of this page. */
import { useSyncExternalStore } from 'react';
import { createServerStatus, type ServerStatus, type ServerStatusStore } from './server-status';

let shared: ServerStatusStore | undefined;

/** The page's store, created on first use in the browser. */
export function getServerStatusStore(): ServerStatusStore {
  shared ??= createServerStatus({ events: window });
  return shared;
}

/** 'unknown' during server rendering and until the first probe answers. */
export function useServerStatus(): ServerStatus {
  return useSyncExternalStore(
    (listener) => getServerStatusStore().subscribe(listener),
    () => getServerStatusStore().read(),
    () => 'unknown',
  );
}
