/** The per-page MDX components: those that need to know which lesson they are in (`<Task>`). */
import type { MDXComponents } from 'mdx/types';
import type { LessonMeta } from '@/content/schema';
import { TaskCard } from './task-card';

export function createLessonComponents(chapterSlug: string, lesson: LessonMeta): MDXComponents {
  const context = { chapterSlug, lesson };
  function Task({ id }: { id: string }) {
    return <TaskCard id={id} context={context} />;
  }
  return { Task };
}
