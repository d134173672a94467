import { notFound } from 'next/navigation';
import { chapters, getLesson, loadLessonBody } from '@/content';

type Params = { chapter: string; lesson: string };

export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return chapters.flatMap((c) => c.lessons.map((l) => ({ chapter: c.slug, lesson: l.slug })));
}

export default async function LessonPage({ params }: { params: Promise<Params> }) {
  const { chapter, lesson } = await params;
  const found = getLesson(chapter, lesson);
  if (!found) notFound();
  const Body = await loadLessonBody(chapter, lesson);
  return (
    <main className="prose mx-auto p-6">
      <h1>{found.lesson.title}</h1>
      <Body />
    </main>
  );
}
