/** Home: the chapter overview (one chapter today; each further chapter gets its own overview). */
import { chapters } from '@/content';
import { ChapterOverview } from '@/components/chapter/chapter-overview';

export default function HomePage() {
  return (
    <main id="main-content" tabIndex={-1} className="outline-none">
      {chapters.map((chapter, index) => (
        <ChapterOverview key={chapter.slug} chapter={chapter} number={index + 1} />
      ))}
    </main>
  );
}
