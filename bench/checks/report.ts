/** Small helpers for the checks benchmark: nearest-rank percentiles and section replacement. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

/** Nearest-rank percentile of an ascending array. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] ?? Number.NaN;
}

/** Replaces the `## Heading` section of a markdown file (up to the next `## `), or appends it. */
export function replaceSection(file: string, heading: string, section: string) {
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '# Performance\n';
  const start = text.indexOf(`${heading}\n`);
  if (start < 0) {
    writeFileSync(file, `${text.trimEnd()}\n\n${section}`);
    return;
  }
  const next = text.indexOf('\n## ', start + heading.length);
  const end = next < 0 ? text.length : next + 1;
  writeFileSync(file, `${text.slice(0, start)}${section}${next < 0 ? '' : '\n'}${text.slice(end)}`);
}
