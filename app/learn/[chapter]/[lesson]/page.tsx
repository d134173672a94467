/**
 * A lesson page, rendered on the server: chapter navigation, the lesson body (MDX), its table of
 * contents, previous/next links and the learner's tools (terminal, YAML editor), loaded only when opened.
 */
import type { Metadata } from 'next';
import type { MDXProps } from 'mdx/types';
import type { ComponentType } from 'react';
import { notFound } from 'next/navigation';
import { chapters, getLesson, loadLessonBody } from '@/content';
import { ChapterSidebar } from '@/components/lesson/chapter-sidebar';
import { extractTableOfContents } from '@/components/lesson/extract-toc';
import { LessonHeader } from '@/components/lesson/lesson-header';
import { LessonPager } from '@/components/lesson/lesson-pager';
import { MobileNav } from '@/components/lesson/mobile-nav';
import { readLessonSource } from '@/components/lesson/read-lesson-source';
import { RecordVisit } from '@/components/lesson/record-visit';
import { TableOfContents } from '@/components/lesson/table-of-contents';
import { LessonTools } from '@/components/lesson/lesson-tools';
import { lessonKey } from '@/components/lesson/visited';
import { createLessonComponents } from '@/components/mdx/lesson-components';

type Params = { chapter: string; lesson: string };

export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return chapters.flatMap((c) => c.lessons.map((l) => ({ chapter: c.slug, lesson: l.slug })));
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { chapter, lesson } = await params;
  const found = getLesson(chapter, lesson);
  return found ? { title: found.lesson.title, description: found.lesson.summary } : {};
}

export default async function LessonPage({ params }: { params: Promise<Params> }) {
  const { chapter: chapterSlug, lesson: lessonSlug } = await params;
  const found = getLesson(chapterSlug, lessonSlug);
  if (!found) notFound();
  const { chapter, lesson, previous, next } = found;
  const [body, source] = await Promise.all([
    loadLessonBody(chapterSlug, lessonSlug),
    readLessonSource(chapterSlug, lessonSlug),
  ]);
  // The registry types bodies without props; compiled MDX accepts `components`.
  const Body = body as ComponentType<MDXProps>;
  const toc = await extractTableOfContents(source);
  const position = chapter.lessons.indexOf(lesson) + 1;

  return (
    <div className="mx-auto max-w-7xl px-4 pt-4 sm:px-6 md:grid md:grid-cols-[15rem_minmax(0,1fr)] md:gap-8 md:pt-10 lg:gap-12">
      <div className="print:hidden md:sticky md:top-20 md:-mx-1 md:max-h-[calc(100dvh-6rem)] md:self-start md:overflow-y-auto md:px-1 md:pb-8">
        <MobileNav label="Lessons">
          <ChapterSidebar chapter={chapter} currentSlug={lesson.slug} />
        </MobileNav>
      </div>
      <main
        id="main-content"
        tabIndex={-1}
        className="min-w-0 pt-6 outline-none md:pt-0 xl:grid xl:grid-cols-[minmax(0,1fr)_13rem] xl:gap-x-12"
      >
        <LessonHeader
          lesson={lesson}
          position={position}
          total={chapter.lessons.length}
          className="xl:col-start-1"
        />
        {toc.length > 0 ? (
          <div className="my-6 rounded-xl border border-stone-200 bg-white/60 p-4 print:hidden xl:col-start-2 xl:row-span-3 xl:row-start-1 xl:my-0 xl:border-0 xl:bg-transparent xl:p-0 dark:border-stone-800 dark:bg-stone-900/40 xl:dark:bg-transparent">
            <div className="xl:sticky xl:top-20">
              <TableOfContents entries={toc} />
            </div>
          </div>
        ) : null}
        <article className="prose prose-stone prose-lesson dark:prose-invert max-w-none min-w-0 xl:col-start-1 prose-headings:scroll-mt-20 prose-headings:tracking-tight prose-h2:mt-12 prose-h2:text-2xl prose-pre:p-0">
          <Body components={createLessonComponents(chapter.slug, lesson)} />
        </article>
        <div className="min-w-0 xl:col-start-1 print:hidden">
          <LessonPager chapterSlug={chapter.slug} previous={previous} next={next} />
        </div>
        <RecordVisit lessonKey={lessonKey(chapter.slug, lesson.slug)} />
      </main>
      <LessonTools />
    </div>
  );
}
