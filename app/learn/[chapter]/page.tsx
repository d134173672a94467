/** A chapter's own page: its overview, the same one the home page shows. */
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { chapters, getChapter } from '@/content';
import { ChapterOverview } from '@/components/chapter/chapter-overview';
import { MakeAvailableOffline } from '@/components/offline/make-available-offline';

type Params = { chapter: string };

export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return chapters.map((c) => ({ chapter: c.slug }));
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const chapter = getChapter((await params).chapter);
  return chapter ? { title: chapter.title, description: chapter.summary } : {};
}

export default async function ChapterPage({ params }: { params: Promise<Params> }) {
  const slug = (await params).chapter;
  const chapter = getChapter(slug);
  if (!chapter) notFound();
  return (
    <main id="main-content" tabIndex={-1} className="outline-none">
      <ChapterOverview chapter={chapter} number={chapters.indexOf(chapter) + 1} />
      <section
        aria-label="Reading offline"
        className="mx-auto max-w-5xl px-4 pb-12 sm:px-6 print:hidden"
      >
        <MakeAvailableOffline
          urls={[
            `/learn/${chapter.slug}`,
            `/learn/${chapter.slug}/print`,
            ...chapter.lessons.map((l) => `/learn/${chapter.slug}/${l.slug}`),
          ]}
        />
      </section>
    </main>
  );
}
