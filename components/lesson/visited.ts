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

/** The stored list with `key` added (most recent last); unchanged text if it was already there. */
export function addVisited(stored: string | null, key: string): string {
  const visited = parseVisited(stored);
  if (visited.includes(key) && stored) return stored;
  return JSON.stringify([...visited.filter((v) => v !== key), key]);
}
