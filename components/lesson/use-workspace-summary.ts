'use client';
/**
 * The learner's space for a component: "as written" (the sandbox) on the server, before
 * `GET /api/me` answers, and for readers who have not joined; then what the server says.
 */
import { useEffect, useState } from 'react';
import type { WorkspaceSummary } from '@/server/workspace/cluster-commands';
import { loadWorkspaceSummary } from './learner-workspace';

const asWritten: WorkspaceSummary = { mode: 'sandbox' };

export function useWorkspaceSummary(): WorkspaceSummary {
  const [workspace, setWorkspace] = useState<WorkspaceSummary>(asWritten);
  useEffect(() => {
    let live = true;
    void loadWorkspaceSummary().then((found) => {
      if (live && found.mode === 'cluster') setWorkspace(found);
    });
    return () => {
      live = false;
    };
  }, []);
  return workspace;
}
