/**
 * The printable chapter: every lesson of a chapter on one page, with answers shown, for a PDF
 * through the browser's Print. Static, so it is also precached for offline reading.
 */
import type { Metadata } from 'next';
import type { MDXProps } from 'mdx/types';
import type { ComponentType } from 'react';
import { notFound } from 'next/navigation';
import { chapters, getChapter, loadLessonBody } from '@/content';
import { MakeAvailableOffline } from '@/components/offline/make-available-offline';
import { OpenDetails } from '@/components/offline/open-details';
import { createPrintComponents } from '@/components/offline/print-components';
import { printStyles } from './print-styles';

type Params = { chapter: string };

export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return chapters.map((c) => ({ chapter: c.slug }));
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const chapter = getChapter((await params).chapter);
  return chapter ? { title: `${chapter.title} (printable)`, description: chapter.summary } : {};
}

export default async function PrintableChapterPage({ params }: { params: Promise<Params> }) {
  const chapter = getChapter((await params).chapter);
  if (!chapter) notFound();
  const bodies = await Promise.all(
    chapter.lessons.map((l) => loadLessonBody(chapter.slug, l.slug)),
  );
  const lessonUrls = chapter.lessons.map((l) => `/learn/${chapter.slug}/${l.slug}`);

  return (
    <main
      id="main-content"
      tabIndex={-1}
      className="print-chapter mx-auto max-w-3xl px-4 py-8 outline-none sm:px-6"
    >
      <style dangerouslySetInnerHTML={{ __html: printStyles }} />
      <OpenDetails within="main-content" />
      <header className="mb-10 border-b border-stone-200 pb-6 dark:border-stone-800">
        <p className="text-sm font-semibold tracking-wider text-teal-800 uppercase dark:text-teal-300">
          Printable chapter
        </p>
        <h1 className="mt-1 text-3xl font-bold tracking-tight text-stone-900 dark:text-stone-50">
          {chapter.title}
        </h1>
        <p className="mt-2 text-stone-700 dark:text-stone-300">{chapter.summary}</p>
        <p className="mt-3 text-sm text-stone-600 print:hidden dark:text-stone-400">
          Use your browser&apos;s Print (Ctrl+P or ⌘P) and choose “Save as PDF”. Each lesson starts
          on a new page; answers are shown.
        </p>
        <div className="mt-4">
          <MakeAvailableOffline urls={[...lessonUrls, `/learn/${chapter.slug}`]} />
        </div>
        <nav aria-label="Lessons in this chapter" className="mt-6">
          <ol className="list-decimal space-y-1 pl-5 text-stone-800 dark:text-stone-200">
            {chapter.lessons.map((l) => (
              <li key={l.slug}>
                <a href={`#lesson-${l.slug}`} className="underline-offset-2 hover:underline">
                  {l.title}
                </a>
              </li>
            ))}
          </ol>
        </nav>
      </header>
      {chapter.lessons.map((lesson, i) => {
        // The registry types bodies without props; compiled MDX accepts `components`.
        const Body = bodies[i] as ComponentType<MDXProps>;
        return (
          <article
            key={lesson.slug}
            id={`lesson-${lesson.slug}`}
            aria-labelledby={`lesson-${lesson.slug}-title`}
            className="print-lesson prose prose-stone prose-lesson dark:prose-invert mb-16 max-w-none prose-pre:p-0"
          >
            <p className="text-sm font-semibold text-stone-600 dark:text-stone-400">
              Lesson {i + 1} of {chapter.lessons.length}
            </p>
            <h1 id={`lesson-${lesson.slug}-title`} className="!mt-1">
              {lesson.title}
            </h1>
            <Body components={createPrintComponents(chapter.slug, lesson)} />
          </article>
        );
      })}
    </main>
  );
}
