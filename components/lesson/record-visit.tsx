'use client';
/** Notes, once the page is shown, that this browser has opened the lesson. Renders nothing. */
import { useEffect } from 'react';
import { readStoredValue, writeStoredValue } from '@/components/site/use-stored-value';
import { addVisited, visitedStorageKey } from './visited';

export function RecordVisit({ lessonKey }: { lessonKey: string }) {
  useEffect(() => {
    const stored = readStoredValue(visitedStorageKey);
    const next = addVisited(stored, lessonKey);
    if (next !== stored) writeStoredValue(visitedStorageKey, next);
  }, [lessonKey]);
  return null;
}
