'use client';
/**
 * A lesson command that adapts to the learner's space once `GET /api/me` says what it is. Until
 * then (and for readers who have not joined, or offline) it is the lesson's command as written,
 * exactly as the server rendered it.
 */
import { useEffect, useState, type ReactNode } from 'react';
import { loadWorkspaceSummary } from '@/components/lesson/learner-workspace';
import type { WorkspaceSummary } from '@/server/workspace/cluster-commands';
import { CommandView } from './command-view';

const asWritten: WorkspaceSummary = { mode: 'sandbox' };

export function LearnerCommand(props: { command: string; label: string; children: ReactNode }) {
  const [workspace, setWorkspace] = useState<WorkspaceSummary>(asWritten);

  useEffect(() => {
    let live = true;
    void loadWorkspaceSummary().then((found) => {
      if (live) setWorkspace(found);
    });
    return () => {
      live = false;
    };
  }, []);

  return <CommandView {...props} workspace={workspace} />;
}
