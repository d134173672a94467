'use client';
/**
 * A lesson command as the learner's space needs it: null (show it as written) on the server,
 * before `GET /api/me` answers, and whenever the learner is not on a real cluster.
 */
import { useEffect, useState } from 'react';
import { loadCommandAdapter, type CommandForLearner } from './learner-workspace';

export function useCommandForLearner(command: string): CommandForLearner | null {
  const [adapted, setAdapted] = useState<CommandForLearner | null>(null);
  useEffect(() => {
    let live = true;
    void loadCommandAdapter()
      .then((adapt) => {
        if (live && adapt) setAdapted(adapt(command));
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [command]);
  return adapted;
}
