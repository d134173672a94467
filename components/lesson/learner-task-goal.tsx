'use client';
/**
 * A task card's goal, reworded for a learner in a namespace of a shared cluster once `GET /api/me`
 * says so. Server-rendered as written, so the sandbox, offline and no-JavaScript pages read the same.
 */
import { useEffect, useState } from 'react';
import { loadWorkspaceSummary } from './learner-workspace';
import { goalForWorkspace } from './task-goal';

export function LearnerTaskGoal({ goal, clusterGoal }: { goal: string; clusterGoal?: string }) {
  const [text, setText] = useState(goal);
  useEffect(() => {
    if (!clusterGoal) return;
    let live = true;
    void loadWorkspaceSummary()
      .then((workspace) => {
        if (live) setText(goalForWorkspace({ goal, clusterGoal }, workspace));
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [goal, clusterGoal]);
  return text;
}
