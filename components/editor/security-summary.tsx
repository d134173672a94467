'use client';
/** The strictest Pod Security level the open manifest meets, and why it misses the next one. */
import type { YamlAnalysis } from './yaml-analysis';

const LEVEL_TEXT = {
  restricted: 'Meets restricted: the strictest Pod Security level.',
  baseline: 'Meets baseline, not restricted.',
  privileged: 'Meets only privileged: a namespace enforcing baseline would refuse it.',
} as const;

export function SecuritySummary({ analysis }: { analysis: YamlAnalysis | null }) {
  if (!analysis) return null;
  if (analysis.error) {
    return (
      <p className="border-t border-zinc-300 px-3 py-2 text-sm text-red-700 dark:border-zinc-700 dark:text-red-400">
        {analysis.error}
      </p>
    );
  }
  if (!analysis.hasWorkload) {
    return (
      <p className="border-t border-zinc-300 px-3 py-2 text-sm text-zinc-600 dark:border-zinc-700 dark:text-zinc-300">
        No pod or workload in this file: Pod Security Standards do not apply.
      </p>
    );
  }
  return (
    <details className="border-t border-zinc-300 px-3 py-2 text-sm dark:border-zinc-700">
      <summary className="cursor-pointer font-semibold">
        Pod Security: {LEVEL_TEXT[analysis.level]} ({analysis.findings.length} finding
        {analysis.findings.length === 1 ? '' : 's'})
      </summary>
      <ul className="mt-2 list-disc pl-6">
        {analysis.findings.map((f, i) => (
          <li key={i}>
            <span className="font-mono text-xs uppercase">{f.level}</span> line {f.line}:{' '}
            {f.message}. <em>{f.remediation}</em>
          </li>
        ))}
      </ul>
    </details>
  );
}
