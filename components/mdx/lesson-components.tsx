/**
 * The per-page MDX components: those that need to know which lesson they are in — `<Task>` reads
 * its card from the lesson's tasks, `<Quiz>` saves answers under the lesson's name.
 */
import type { MDXComponents } from 'mdx/types';
import type { LessonMeta } from '@/content/schema';
import { Quiz, type QuizProps } from './quiz';
import { TaskCard } from './task-card';
import { TaskTimeReporter } from './task-time-reporter';

export function createLessonComponents(chapterSlug: string, lesson: LessonMeta): MDXComponents {
  const context = { chapterSlug, lesson };
  function Task({ id }: { id: string }) {
    return (
      <>
        <TaskTimeReporter lesson={`${chapterSlug}/${lesson.slug}`} taskId={id} />
        <TaskCard id={id} context={context} />
      </>
    );
  }
  function LessonQuiz(props: Omit<QuizProps, 'lesson'>) {
    return <Quiz {...props} lesson={`${chapterSlug}/${lesson.slug}`} />;
  }
  return { Task, Quiz: LessonQuiz };
}
