'use client';
/** "Continue where you left off": a link to the last lesson of this chapter opened in this browser. */
import Link from 'next/link';
import { useStoredValue } from '@/components/site/use-stored-value';
import { findLastVisited, visitedStorageKey } from '@/components/lesson/visited';

type LessonLink = { key: string; href: string; title: string };

export function ContinueLink({ lessons }: { lessons: LessonLink[] }) {
  const last = findLastVisited(
    useStoredValue(visitedStorageKey),
    lessons.map((l) => l.key),
  );
  const lesson = lessons.find((l) => l.key === last);
  if (!lesson) return null;
  return (
    <Link
      href={lesson.href}
      className="inline-flex items-center rounded-lg border border-stone-300 bg-white px-5 py-2.5 font-semibold text-stone-800 hover:border-teal-600 hover:text-teal-800 dark:border-stone-700 dark:bg-stone-900 dark:text-stone-100 dark:hover:border-teal-400 dark:hover:text-teal-300"
    >
      Continue: {lesson.title}
    </Link>
  );
}
