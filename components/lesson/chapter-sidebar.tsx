/**
 * The chapter's lessons, in order, with the learner's place: the current lesson carries
 * aria-current="page", lessons already opened in this browser get a tick.
 */
import Link from 'next/link';
import type { Chapter } from '@/content/schema';
import { lessonKey } from './visited';
import { TaskProgressMark } from './task-progress-mark';
import { VisitedMark } from './visited-mark';

export function lessonHref(chapterSlug: string, lessonSlug: string) {
  return `/learn/${chapterSlug}/${lessonSlug}`;
}

export function ChapterSidebar({
  chapter,
  currentSlug,
}: {
  chapter: Chapter;
  currentSlug?: string;
}) {
  const position = chapter.lessons.findIndex((l) => l.slug === currentSlug);
  return (
    <nav aria-label="Chapter" className="text-sm">
      <p className="px-3 text-xs font-semibold tracking-wider text-stone-600 uppercase dark:text-stone-400">
        Chapter
      </p>
      <p className="mt-1 px-3 font-semibold text-stone-900 dark:text-stone-100">
        <Link href={`/learn/${chapter.slug}`} className="hover:underline">
          {chapter.title}
        </Link>
      </p>
      {position >= 0 ? (
        <div className="mt-3 px-3" aria-hidden="true">
          <div className="h-1.5 overflow-hidden rounded-full bg-stone-200 dark:bg-stone-800">
            <div
              className="h-full rounded-full bg-teal-600 dark:bg-teal-400"
              style={{ width: `${((position + 1) / chapter.lessons.length) * 100}%` }}
            />
          </div>
        </div>
      ) : null}
      {position >= 0 ? (
        <p className="mt-1.5 px-3 text-xs text-stone-600 dark:text-stone-400">
          Lesson {position + 1} of {chapter.lessons.length}
        </p>
      ) : null}
      <ol className="mt-4 space-y-0.5">
        {chapter.lessons.map((lesson, index) => {
          const current = lesson.slug === currentSlug;
          return (
            <li key={lesson.slug}>
              <Link
                href={lessonHref(chapter.slug, lesson.slug)}
                aria-current={current ? 'page' : undefined}
                className={`flex items-start gap-3 rounded-lg px-3 py-2 leading-snug transition-colors ${
                  current
                    ? 'bg-teal-50 font-semibold text-teal-900 ring-1 ring-teal-200 dark:bg-teal-950/50 dark:text-teal-100 dark:ring-teal-900'
                    : 'text-stone-700 hover:bg-stone-100 hover:text-stone-900 dark:text-stone-300 dark:hover:bg-stone-900 dark:hover:text-stone-50'
                }`}
              >
                <span
                  aria-hidden="true"
                  className={`mt-px flex size-5 shrink-0 items-center justify-center rounded-full text-[0.7rem] font-semibold ${
                    current
                      ? 'bg-teal-700 text-white dark:bg-teal-400 dark:text-stone-950'
                      : 'bg-stone-200 text-stone-700 dark:bg-stone-800 dark:text-stone-300'
                  }`}
                >
                  {index + 1}
                </span>
                <span className="flex-1">{lesson.title}</span>
                {lesson.tasks.length > 0 ? (
                  <TaskProgressMark
                    lessonKey={`${chapter.slug}/${lesson.slug}`}
                    taskCount={lesson.tasks.length}
                  />
                ) : null}
                <VisitedMark lessonKey={lessonKey(chapter.slug, lesson.slug)} />
              </Link>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
