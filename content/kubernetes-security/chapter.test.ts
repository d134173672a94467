import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { findTaskProblems, findVocabularyProblems } from './authoring/find-lesson-problems';
import { outlineLessonBody, type LessonOutline } from './authoring/outline-lesson-body';
import { chapter, lessonBodies } from './chapter';
import { CHAPTER_FACTS, findMissingFacts } from './chapter-facts';

const here = import.meta.dirname;
const folders = readdirSync(here, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && /^\d\d-/.test(entry.name))
  .map((entry) => entry.name)
  .sort();

function folderOf(order: number, slug: string): string {
  return `${String(order).padStart(2, '0')}-${slug}`;
}

async function outlineOf(folder: string): Promise<LessonOutline> {
  return outlineLessonBody(readFileSync(path.join(here, folder, 'body.mdx'), 'utf8'));
}

describe('chapter "Introduction to Kubernetes Security"', () => {
  it('has 6 to 8 lessons, each in a folder named after its order and slug', () => {
    expect(chapter.lessons.length).toBeGreaterThanOrEqual(6);
    expect(chapter.lessons.length).toBeLessThanOrEqual(8);
    expect(chapter.lessons.map((l) => folderOf(l.order, l.slug))).toEqual(folders);
  });

  it('registers one body loader per lesson, keyed by slug', () => {
    expect(Object.keys(lessonBodies).sort()).toEqual(chapter.lessons.map((l) => l.slug).sort());
  });

  for (const lesson of chapter.lessons) {
    it(`lesson "${lesson.slug}" uses the vocabulary correctly and marks each of its tasks once`, async () => {
      const outline = await outlineOf(folderOf(lesson.order, lesson.slug));
      expect(findVocabularyProblems(outline)).toEqual([]);
      expect(findTaskProblems(lesson.tasks ?? [], outline)).toEqual([]);
      expect(outline.headings.length).toBeGreaterThan(0);
    });
  }

  it('covers every fact of the chapter, each in the lesson that teaches it', async () => {
    const missing: string[] = [];
    for (const { slug, facts } of CHAPTER_FACTS) {
      const lesson = chapter.lessons.find((l) => l.slug === slug);
      expect(lesson, `no lesson "${slug}"`).toBeDefined();
      const outline = await outlineOf(folderOf(lesson?.order ?? 0, slug));
      const text = [outline.prose, ...outline.codeBlocks.map((b) => b.value)].join('\n');
      missing.push(...findMissingFacts(text, facts).map((fact) => `${slug}: ${fact}`));
    }
    expect(missing).toEqual([]);
  });

  it('draws the 4C diagram in the first lesson', async () => {
    const first = chapter.lessons.find((l) => l.order === 1);
    const outline = await outlineOf(folderOf(1, first?.slug ?? ''));
    expect(outline.components.map((c) => c.name)).toContain('FourCDiagram');
  });

  it('has YAML examples that parse', async () => {
    for (const folder of folders) {
      const outline = await outlineOf(folder);
      for (const block of outline.codeBlocks.filter((b) => b.lang === 'yaml')) {
        const errors = parseAllDocuments(block.value).flatMap((doc) =>
          'errors' in doc ? doc.errors.map((e) => e.message) : [],
        );
        expect(errors, `${folder}/body.mdx line ${block.line}`).toEqual([]);
      }
    }
  });

  it('speaks only of itself: no machine paths in any lesson', () => {
    for (const folder of folders) {
      const body = readFileSync(path.join(here, folder, 'body.mdx'), 'utf8');
      expect(body, folder).not.toMatch(/\/(work|tmp|root|home)\//);
    }
  });
});

describe('findMissingFacts', () => {
  it('names each fact the text does not state', () => {
    expect(
      findMissingFacts('PodSecurityPolicy was deprecated in 1.21.', [
        ['PSP deprecated in 1.21', /deprecated in (kubernetes )?1\.21/i],
        ['PSP removed in 1.25', /removed in (kubernetes )?1\.25/i],
      ]),
    ).toEqual(['PSP removed in 1.25']);
  });
});
