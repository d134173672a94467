/**
 * Small pure helpers for the measurement scripts: find the scripts a page loads, summarise timings,
 * and rewrite one section of a Markdown report while leaving the others alone.
 */

/**
 * The `src` of every external <script> a modern browser loads from an HTML document: absolute, in
 * order, without repeats. `nomodule` scripts (polyfills for old browsers) are skipped, because
 * browsers that support modules never download them.
 */
export function extractScriptSources(html: string, pageUrl: string): string[] {
  const sources: string[] = [];
  for (const match of html.matchAll(/<script\b[^>]*?\ssrc=(?:"([^"]+)"|'([^']+)')[^>]*>/gi)) {
    if (/\snomodule(?=[\s=>])/i.test(match[0])) continue;
    const src = (match[1] ?? match[2] ?? '').replaceAll('&amp;', '&');
    const url = new URL(src, pageUrl).toString();
    if (!sources.includes(url)) sources.push(url);
  }
  return sources;
}

/** Nearest-rank percentile (p in 0–100) of a non-empty list. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) throw new Error('percentile of an empty list');
  if (p < 0 || p > 100) throw new Error(`percentile ${p} is outside 0–100`);
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1]!;
}

export function median(values: number[]): number {
  if (values.length === 0) throw new Error('median of an empty list');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Replaces the `## heading` section of a Markdown document (up to the next `## ` heading) with
 * `body`, or appends the section when it is missing. Other sections stay byte for byte.
 */
export function replaceSection(document: string, heading: string, body: string): string {
  const section = `## ${heading}\n\n${body.trim()}\n`;
  const lines = document.split('\n');
  const start = lines.findIndex((line) => line.trim() === `## ${heading}`);
  if (start < 0) {
    const base = document.trimEnd();
    return `${base}${base ? '\n\n' : ''}${section}`;
  }
  let end = lines.findIndex((line, i) => i > start && /^## /.test(line));
  if (end < 0) end = lines.length;
  const before = lines.slice(0, start).join('\n');
  const after = lines.slice(end).join('\n');
  return `${before}${before ? '\n' : ''}${section}${after ? `\n${after}` : ''}`;
}
