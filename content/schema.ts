/**
 * The shape of course content. Lessons are typed data (metadata + tasks) beside an MDX body; this
 * schema validates every lesson at load and in a unit test, so a typo fails fast and loudly.
 */
import { z } from 'zod';

const slug = z
  .string()
  .regex(
    /^[a-z0-9]+(-[a-z0-9]+)*$/,
    'must be lower-case words joined by "-" (e.g. "security-contexts")',
  );

/** A task the learner performs and the server checks. `checkId` names a check in server/checks. */
export const TaskSchema = z.object({
  id: slug,
  title: z.string().min(3),
  /** One sentence: what done looks like. */
  goal: z.string().min(10),
  /**
   * The goal for a learner whose space is one namespace of a shared cluster, when done looks
   * different there; `{namespace}` stands for their namespace. The card shows `goal` until the
   * page knows the learner's space, and in the sandbox.
   */
  clusterGoal: z.string().min(10).optional(),
  checkId: z.string().min(1).optional(),
  /** Plain text shown in the task's closed "Solution" disclosure: the commands or answer that do it. */
  solution: z
    .string()
    .trim()
    .min(1, 'must not be empty; leave solution out if the task has none')
    .optional(),
});

export const LessonMetaSchema = z.object({
  slug,
  title: z.string().min(3),
  /** Position in the chapter, from 1. */
  order: z.number().int().min(1),
  /** Reading (and doing) time, 5–10 minutes per lesson. */
  minutes: z.number().int().min(5).max(10),
  summary: z.string().min(20),
  tasks: z.array(TaskSchema).default([]),
});

export const ChapterSchema = z.object({
  slug,
  title: z.string().min(3),
  summary: z.string().min(20),
  lessons: z.array(LessonMetaSchema).min(1),
});

export type Task = z.infer<typeof TaskSchema>;
export type LessonMeta = z.infer<typeof LessonMetaSchema>;
export type Chapter = z.infer<typeof ChapterSchema>;
export type LessonInput = z.input<typeof LessonMetaSchema>;

/** Identity helper that gives lesson files type checking and completion. */
export function defineLesson(lesson: LessonInput): LessonInput {
  return lesson;
}
