import { mkdtemp, mkdir, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findLessonFolder, readLessonSource } from './read-lesson-source';

describe('findLessonFolder', () => {
  it('matches with or without a numeric prefix, never a partial name', () => {
    const folders = ['01-scope-and-4c', '02-lifecycle', 'clean-up', '10-api-security'];
    expect(findLessonFolder(folders, 'scope-and-4c')).toBe('01-scope-and-4c');
    expect(findLessonFolder(folders, 'clean-up')).toBe('clean-up');
    expect(findLessonFolder(folders, 'security')).toBeUndefined();
    expect(findLessonFolder(folders, 'api')).toBeUndefined();
  });
});

describe('readLessonSource', () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'lesson-source-'));
    await mkdir(path.join(root, 'content', 'ch', '03-intro'), { recursive: true });
    await writeFile(path.join(root, 'content', 'ch', '03-intro', 'body.mdx'), '## Hello\n');
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  it('reads the body of the lesson folder', async () => {
    await expect(readLessonSource('ch', 'intro', root)).resolves.toBe('## Hello\n');
  });

  it('names the missing folder', async () => {
    await expect(readLessonSource('ch', 'outro', root)).rejects.toThrow(
      'lesson "outro" has no folder in "content/ch" (expected "NN-outro")',
    );
    await expect(readLessonSource('nope', 'intro', root)).rejects.toThrow(
      'chapter folder "content/nope" not found',
    );
  });
});
