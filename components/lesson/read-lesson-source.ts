/**
 * Finds and reads a lesson's MDX source on disk. Lessons live in
 * `content/<chapter>/<NN->-<lesson>/body.mdx`; the numeric prefix only orders the folders.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/** Picks the folder of a lesson among a chapter's folder names, or undefined. */
export function findLessonFolder(folders: string[], lessonSlug: string): string | undefined {
  return folders.find((name) => name === lessonSlug || name.replace(/^\d+-/, '') === lessonSlug);
}

/** The text of a lesson's body.mdx. `root` is the project folder (the server's working folder). */
export async function readLessonSource(
  chapterSlug: string,
  lessonSlug: string,
  root: string = process.cwd(),
): Promise<string> {
  const chapterDir = path.join(root, 'content', chapterSlug);
  const folders = await readdir(chapterDir).catch(() => {
    throw new Error(`chapter folder "content/${chapterSlug}" not found`);
  });
  const folder = findLessonFolder(folders, lessonSlug);
  if (!folder) {
    throw new Error(
      `lesson "${lessonSlug}" has no folder in "content/${chapterSlug}" (expected "NN-${lessonSlug}")`,
    );
  }
  return readFile(path.join(chapterDir, folder, 'body.mdx'), 'utf8');
}
