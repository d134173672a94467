/** The dashboard's columns: every task of every lesson, in course order, from the content registry. */
import type { Chapter } from '@/content/schema';
import { taskKeyOf, type DashboardTask } from './dashboard-types';

export function listWorkshopTasks(chapters: Chapter[]): DashboardTask[] {
  return chapters.flatMap((chapter) =>
    chapter.lessons.flatMap((lesson) =>
      lesson.tasks.map((task) => {
        const lessonKey = `${chapter.slug}/${lesson.slug}`;
        return {
          key: taskKeyOf(lessonKey, task.id),
          lesson: lessonKey,
          taskId: task.id,
          title: task.title,
          lessonTitle: lesson.title,
        };
      }),
    ),
  );
}
