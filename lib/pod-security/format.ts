/**
 * The admission controller's phrasing helpers (pluralize, joinQuote), so messages read exactly
 * like `kubectl apply` shows them.
 */

export function pluralize(singular: string, plural: string, count: number): string {
  return count === 1 ? singular : plural;
}

/** Go's %q for the plain strings found in pod specs. */
export function quote(value: string): string {
  return JSON.stringify(value);
}

export function joinQuote(values: string[]): string {
  return values.map(quote).join(', ');
}

export function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

/** Sorted by byte order, like Go's sets.List(). */
export function sortedUnique(values: string[]): string[] {
  return unique(values).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** `container "a"` or `containers "a", "b"`. */
export function containerList(names: string[]): string {
  const list = unique(names);
  return `${pluralize('container', 'containers', list.length)} ${joinQuote(list)}`;
}
