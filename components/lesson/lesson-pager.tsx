/** Previous / next lesson links at the foot of a lesson. */
import Link from 'next/link';
import type { LessonMeta } from '@/content/schema';
import { ArrowLeftIcon, ArrowRightIcon } from '@/components/site/icons';
import { lessonHref } from './chapter-sidebar';

type PagerProps = { chapterSlug: string; previous?: LessonMeta; next?: LessonMeta };

export function LessonPager({ chapterSlug, previous, next }: PagerProps) {
  if (!previous && !next) return null;
  const card =
    'group flex flex-1 flex-col gap-1 rounded-xl border border-stone-200 bg-white px-4 py-3 hover:border-teal-600 dark:border-stone-800 dark:bg-stone-900/60 dark:hover:border-teal-400';
  return (
    <nav aria-label="Previous and next lesson" className="mt-12 flex flex-col gap-3 sm:flex-row">
      {previous ? (
        <Link href={lessonHref(chapterSlug, previous.slug)} rel="prev" className={card}>
          <span className="flex items-center gap-1.5 text-xs font-medium text-stone-600 dark:text-stone-400">
            <ArrowLeftIcon className="size-3.5" /> Previous
          </span>
          <span className="font-semibold text-stone-900 group-hover:text-teal-800 dark:text-stone-100 dark:group-hover:text-teal-300">
            {previous.title}
          </span>
        </Link>
      ) : (
        <span className="hidden flex-1 sm:block" />
      )}
      {next ? (
        <Link
          href={lessonHref(chapterSlug, next.slug)}
          rel="next"
          className={`${card} sm:items-end sm:text-right`}
        >
          <span className="flex items-center gap-1.5 text-xs font-medium text-stone-600 dark:text-stone-400">
            Next <ArrowRightIcon className="size-3.5" />
          </span>
          <span className="font-semibold text-stone-900 group-hover:text-teal-800 dark:text-stone-100 dark:group-hover:text-teal-300">
            {next.title}
          </span>
        </Link>
      ) : null}
    </nav>
  );
}
