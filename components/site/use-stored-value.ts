/**
 * A React hook over one localStorage key. Every component reading the same key re-renders when any
 * of them writes it (and when another tab does). The server render always sees "nothing stored".
 */
import { useSyncExternalStore } from 'react';

const sameTabEvent = 'workshop-storage';

export function readStoredValue(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    // Private modes and blocked storage: behave as if nothing was stored.
    return null;
  }
}

export function writeStoredValue(key: string, value: string | null): void {
  try {
    if (value === null) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, value);
  } catch {
    // Nothing to keep it in; the page still works for this visit.
  }
  window.dispatchEvent(new Event(sameTabEvent));
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('storage', onChange);
  window.addEventListener(sameTabEvent, onChange);
  return () => {
    window.removeEventListener('storage', onChange);
    window.removeEventListener(sameTabEvent, onChange);
  };
}

export function useStoredValue(key: string): string | null {
  return useSyncExternalStore(
    subscribe,
    () => readStoredValue(key),
    () => null,
  );
}
