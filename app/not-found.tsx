/** The 404 page: says what happened and offers the way back (home and every lesson). */
import type { Metadata } from 'next';
import Link from 'next/link';
import { chapters } from '@/content';
import { lessonHref } from '@/components/lesson/chapter-sidebar';

export const metadata: Metadata = { title: 'Page not found' };

export default function NotFound() {
  return (
    <main
      id="main-content"
      tabIndex={-1}
      className="mx-auto max-w-3xl px-4 py-16 outline-none sm:px-6"
    >
      <p className="text-sm font-semibold tracking-wider text-teal-800 uppercase dark:text-teal-300">
        404
      </p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight text-stone-900 dark:text-stone-50">
        Page not found
      </h1>
      <p className="mt-4 text-lg text-stone-700 dark:text-stone-300">
        There is no page at this address. It may have been renamed, or the link has a typo. Pick up
        from the home page or go straight to a lesson:
      </p>
      <p className="mt-6">
        <Link
          href="/"
          className="inline-flex rounded-lg bg-teal-700 px-5 py-2.5 font-semibold text-white hover:bg-teal-800 dark:bg-teal-500 dark:text-stone-950 dark:hover:bg-teal-400"
        >
          Back to the home page
        </Link>
      </p>
      {chapters.map((chapter) => (
        <section key={chapter.slug} className="mt-10" aria-labelledby={`nf-${chapter.slug}`}>
          <h2
            id={`nf-${chapter.slug}`}
            className="font-semibold text-stone-900 dark:text-stone-100"
          >
            {chapter.title}
          </h2>
          <ol className="mt-3 list-decimal space-y-1 pl-6 text-stone-700 marker:text-stone-500 dark:text-stone-300">
            {chapter.lessons.map((lesson) => (
              <li key={lesson.slug}>
                <Link
                  href={lessonHref(chapter.slug, lesson.slug)}
                  className="text-teal-800 underline underline-offset-2 hover:no-underline dark:text-teal-300"
                >
                  {lesson.title}
                </Link>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </main>
  );
}
