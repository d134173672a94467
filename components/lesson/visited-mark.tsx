'use client';
/** A tick beside a lesson this browser has already opened (its text alternative: "visited"). */
import { CheckIcon } from '@/components/site/icons';
import { useStoredValue } from '@/components/site/use-stored-value';
import { parseVisited, visitedStorageKey } from './visited';

export function VisitedMark({ lessonKey }: { lessonKey: string }) {
  const visited = parseVisited(useStoredValue(visitedStorageKey)).includes(lessonKey);
  if (!visited) return null;
  return (
    <span
      className="ml-auto flex shrink-0 items-center text-teal-700 dark:text-teal-400"
      data-visited="true"
    >
      <CheckIcon className="size-4" />
      <span className="sr-only">(visited)</span>
    </span>
  );
}
