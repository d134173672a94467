'use client';
/**
 * Lesson commands that adapt to the learner's space once `GET /api/me` says what it is. Until
 * then (and in the sandbox, for readers who have not joined, or offline) they are the lesson's
 * commands as written, exactly as the server rendered them.
 */
import type { ReactNode } from 'react';
import { useCommandForLearner } from '@/components/lesson/use-command-for-learner';
import { CommandView } from './command-view';

export function LearnerCommand(props: { command: string; label: string; children: ReactNode }) {
  return <CommandView {...props} adapted={useCommandForLearner(props.command)} />;
}

/** Plain command text (a task's solution) rendered for the learner's space. */
export function LearnerCommandText({ text }: { text: string }) {
  return useCommandForLearner(text)?.command ?? text;
}
