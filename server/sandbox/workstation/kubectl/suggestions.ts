/**
 * cobra's "Did you mean this?" suggestions: commands within Levenshtein distance 2 of what was
 * typed, or starting with it.
 */

function levenshtein(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

/** Commands to suggest for a typo, in the order given. */
export function suggestCommands(typed: string, names: string[]): string[] {
  const lower = typed.toLowerCase();
  return names.filter((name) => levenshtein(lower, name) <= 2 || name.startsWith(lower));
}
