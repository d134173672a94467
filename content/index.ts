/**
 * The course catalogue: every chapter, validated once against the content schema, and loaders for
 * lesson bodies. Pages ask this module for lessons; they never import lesson files directly.
 */
import type { ComponentType } from 'react';
import { ChapterSchema, type Chapter, type LessonMeta } from './schema';
import * as kubernetesSecurity from './kubernetes-security/chapter';

const sources = [kubernetesSecurity];

function validate(source: (typeof sources)[number]): Chapter {
  const parsed = ChapterSchema.safeParse(source.chapter);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(`Chapter "${source.chapter.slug}" is invalid:\n${problems}`);
  }
  const chapter = parsed.data;
  chapter.lessons.sort((a, b) => a.order - b.order);
  for (const lesson of chapter.lessons) {
    if (!source.lessonBodies[lesson.slug]) {
      throw new Error(
        `Chapter "${chapter.slug}": lesson "${lesson.slug}" has no MDX body registered`,
      );
    }
  }
  return chapter;
}

export const chapters: Chapter[] = sources.map(validate);

export function getChapter(slug: string): Chapter | undefined {
  return chapters.find((c) => c.slug === slug);
}

export function getLesson(chapterSlug: string, lessonSlug: string) {
  const chapter = getChapter(chapterSlug);
  const index = chapter?.lessons.findIndex((l) => l.slug === lessonSlug) ?? -1;
  if (!chapter || index < 0) return undefined;
  const lesson = chapter.lessons[index] as LessonMeta;
  return {
    chapter,
    lesson,
    previous: chapter.lessons[index - 1],
    next: chapter.lessons[index + 1],
  };
}

export async function loadLessonBody(
  chapterSlug: string,
  lessonSlug: string,
): Promise<ComponentType> {
  const source = sources.find((s) => s.chapter.slug === chapterSlug);
  const load = source?.lessonBodies[lessonSlug];
  if (!load) throw new Error(`No lesson "${lessonSlug}" in chapter "${chapterSlug}"`);
  return (await load()).default;
}
