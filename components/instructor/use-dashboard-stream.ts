/**
 * Keeps the dashboard live: listens to /api/instructor/events and hands each changed learner to
 * the page. After the stream drops and comes back it reloads the whole grid, since events sent
 * while it was away are not replayed.
 */
import { useEffect, useRef, useState } from 'react';
import type {
  DashboardLearner,
  DashboardSnapshot,
  DashboardUpdate,
} from '@/server/instructor/dashboard-types';

export type StreamState = 'connecting' | 'live' | 'reconnecting';

export function useDashboardStream(handlers: {
  onLearners: (learners: DashboardLearner[]) => void;
  onSnapshot: (snapshot: DashboardSnapshot) => void;
}): StreamState {
  const [state, setState] = useState<StreamState>('connecting');
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });

  useEffect(() => {
    const source = new EventSource('/api/instructor/events');
    let dropped = false;
    source.addEventListener('ready', () => {
      setState('live');
      if (!dropped) return;
      dropped = false;
      void fetch('/api/instructor/learners', { credentials: 'same-origin' })
        .then((res) => (res.ok ? (res.json() as Promise<DashboardSnapshot>) : undefined))
        .then((snapshot) => snapshot && latest.current.onSnapshot(snapshot))
        .catch(() => undefined);
    });
    source.addEventListener('learners', (event) => {
      const update = JSON.parse((event as MessageEvent<string>).data) as DashboardUpdate;
      latest.current.onLearners(update.learners);
    });
    source.addEventListener('error', () => {
      dropped = true;
      setState('reconnecting');
    });
    return () => source.close();
  }, []);

  return state;
}
