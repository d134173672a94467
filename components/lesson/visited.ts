/** Which lessons this browser has opened, kept in localStorage as a list of "chapter/lesson" keys. */

export const visitedStorageKey = 'workshop-visited';

export const lessonKey = (chapterSlug: string, lessonSlug: string) =>
  `${chapterSlug}/${lessonSlug}`;

export function parseVisited(stored: string | null): string[] {
  if (!stored) return [];
  try {
    const value: unknown = JSON.parse(stored);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}

/**
 * The stored list with `key` moved to the end (the end is where the reader was last), or the
 * stored text unchanged when `key` is already last, so an unchanged visit writes nothing.
 */
export function addVisited(stored: string | null, key: string): string {
  const visited = parseVisited(stored);
  if (stored && visited.at(-1) === key) return stored;
  return JSON.stringify([...visited.filter((v) => v !== key), key]);
}

/** The most recently opened of the given lessons, if any. */
export function findLastVisited(stored: string | null, keys: string[]): string | undefined {
  return parseVisited(stored).findLast((key) => keys.includes(key));
}
