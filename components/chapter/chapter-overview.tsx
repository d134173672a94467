/**
 * A chapter at a glance: what it is, what you'll learn, its lessons with their minutes, and a clear
 * call to start (or to continue where this browser left off).
 */
import Link from 'next/link';
import type { Chapter } from '@/content/schema';
import { ArrowRightIcon, CheckIcon, ClockIcon, TargetIcon } from '@/components/site/icons';
import { lessonHref } from '@/components/lesson/chapter-sidebar';
import { lessonKey } from '@/components/lesson/visited';
import { TaskProgressMark } from '@/components/lesson/task-progress-mark';
import { VisitedMark } from '@/components/lesson/visited-mark';
import { ContinueLink } from './continue-link';

export function ChapterOverview({ chapter, number }: { chapter: Chapter; number: number }) {
  const first = chapter.lessons[0];
  const minutes = chapter.lessons.reduce((sum, l) => sum + l.minutes, 0);
  const tasks = chapter.lessons.reduce((sum, l) => sum + l.tasks.length, 0);
  const links = chapter.lessons.map((l) => ({
    key: lessonKey(chapter.slug, l.slug),
    href: lessonHref(chapter.slug, l.slug),
    title: l.title,
  }));

  return (
    <>
      <section className="border-b border-stone-200 bg-gradient-to-b from-teal-50/80 to-transparent dark:border-stone-800 dark:from-teal-950/30">
        <div className="mx-auto max-w-5xl px-4 py-12 sm:px-6 sm:py-16">
          <p className="text-sm font-semibold tracking-wider text-teal-800 uppercase dark:text-teal-300">
            Chapter {number} · Hands-on workshop
          </p>
          <h1 className="mt-3 text-3xl font-bold tracking-tight text-balance text-stone-900 sm:text-5xl dark:text-stone-50">
            {chapter.title}
          </h1>
          <p className="mt-4 max-w-3xl text-lg leading-relaxed text-pretty text-stone-700 dark:text-stone-300">
            {chapter.summary}
          </p>
          <ul className="mt-6 flex flex-wrap gap-x-6 gap-y-2 text-sm text-stone-700 dark:text-stone-300">
            <li className="flex items-center gap-1.5">
              <CheckIcon className="size-4 text-teal-700 dark:text-teal-400" />
              {chapter.lessons.length} lessons
            </li>
            <li className="flex items-center gap-1.5">
              <ClockIcon className="size-4 text-teal-700 dark:text-teal-400" />
              About {minutes} minutes
            </li>
            {tasks > 0 ? (
              <li className="flex items-center gap-1.5">
                <TargetIcon className="size-4 text-teal-700 dark:text-teal-400" />
                {tasks} hands-on tasks in your own cluster space
              </li>
            ) : null}
          </ul>
          <div className="mt-8 flex flex-wrap items-center gap-3">
            {first ? (
              <Link
                href={lessonHref(chapter.slug, first.slug)}
                className="inline-flex items-center gap-2 rounded-lg bg-teal-700 px-5 py-2.5 font-semibold text-white shadow-sm hover:bg-teal-800 dark:bg-teal-500 dark:text-stone-950 dark:hover:bg-teal-400"
              >
                Start the chapter <ArrowRightIcon className="size-4" />
              </Link>
            ) : null}
            <ContinueLink lessons={links} />
          </div>
        </div>
      </section>

      <div className="mx-auto grid max-w-5xl gap-12 px-4 py-12 sm:px-6 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <section aria-labelledby="lessons-heading">
          <h2
            id="lessons-heading"
            className="text-2xl font-bold tracking-tight text-stone-900 dark:text-stone-50"
          >
            Lessons
          </h2>
          <ol className="mt-6 space-y-3">
            {chapter.lessons.map((lesson, index) => (
              <li key={lesson.slug}>
                <Link
                  href={lessonHref(chapter.slug, lesson.slug)}
                  className="group flex gap-4 rounded-xl border border-stone-200 bg-white p-4 shadow-sm transition-colors hover:border-teal-600 dark:border-stone-800 dark:bg-stone-900/60 dark:hover:border-teal-400"
                >
                  <span
                    aria-hidden="true"
                    className="flex size-8 shrink-0 items-center justify-center rounded-full bg-teal-100 text-sm font-bold text-teal-900 dark:bg-teal-900/60 dark:text-teal-100"
                  >
                    {index + 1}
                  </span>
                  <span className="flex min-w-0 flex-1 flex-col gap-1">
                    <span className="font-semibold text-stone-900 group-hover:text-teal-800 dark:text-stone-50 dark:group-hover:text-teal-300">
                      {lesson.title}
                    </span>
                    <span className="text-sm text-stone-600 dark:text-stone-400">
                      {lesson.minutes} min
                      {lesson.tasks.length > 0
                        ? ` · ${lesson.tasks.length} ${lesson.tasks.length === 1 ? 'task' : 'tasks'}`
                        : ''}
                    </span>
                  </span>
                  {lesson.tasks.length > 0 ? (
                    <TaskProgressMark
                      lessonKey={`${chapter.slug}/${lesson.slug}`}
                      taskCount={lesson.tasks.length}
                    />
                  ) : null}
                  <VisitedMark lessonKey={lessonKey(chapter.slug, lesson.slug)} />
                </Link>
              </li>
            ))}
          </ol>
        </section>
        <section aria-labelledby="learn-heading">
          <h2
            id="learn-heading"
            className="text-2xl font-bold tracking-tight text-stone-900 dark:text-stone-50"
          >
            What you’ll learn
          </h2>
          <ul className="mt-6 space-y-3">
            {chapter.lessons.map((lesson) => (
              <li key={lesson.slug} className="flex gap-3 text-stone-700 dark:text-stone-300">
                <CheckIcon className="mt-1 size-4 shrink-0 text-teal-700 dark:text-teal-400" />
                <span>{lesson.summary}</span>
              </li>
            ))}
          </ul>
        </section>
      </div>
    </>
  );
}
