import { describe, expect, it } from 'vitest';
import { ChapterSchema } from './schema';
import { chapters } from './index';
import * as kubernetesSecurity from './kubernetes-security/chapter';

describe('course content', () => {
  it('every chapter and lesson passes the content schema', () => {
    for (const chapter of [kubernetesSecurity.chapter]) {
      const parsed = ChapterSchema.safeParse(chapter);
      expect(parsed.success, parsed.success ? '' : parsed.error.message).toBe(true);
    }
  });

  it('rejects a lesson that breaks the rules', () => {
    const bad = {
      slug: 'x-chapter',
      title: 'A chapter',
      summary: 'A summary that is long enough.',
      lessons: [{ slug: 'Bad Slug', title: 'T', order: 0, minutes: 30, summary: 'short' }],
    };
    const parsed = ChapterSchema.safeParse(bad);
    expect(parsed.success).toBe(false);
    const paths = parsed.error?.issues.map((i) => i.path.join('.')) ?? [];
    expect(paths).toEqual(
      expect.arrayContaining([
        'lessons.0.slug',
        'lessons.0.title',
        'lessons.0.order',
        'lessons.0.minutes',
      ]),
    );
  });

  it('lesson slugs are unique and orders run 1..n', () => {
    for (const chapter of chapters) {
      const slugs = chapter.lessons.map((l) => l.slug);
      expect(new Set(slugs).size).toBe(slugs.length);
      expect(chapter.lessons.map((l) => l.order)).toEqual(slugs.map((_, i) => i + 1));
    }
  });
});
