'use client';
/** What an Apply did or would do, per object: created / configured / unchanged. */
import type { ApplyOutcome } from './workspace-api';

export function ApplyPanel({ outcome }: { outcome: ApplyOutcome | null }) {
  if (!outcome) return null;
  return (
    <div className="border-t border-zinc-300 px-3 py-2 text-sm dark:border-zinc-700">
      <h3 className="font-semibold">
        {outcome.dryRun ? 'Preview (dry run: nothing changed)' : 'Applied'}
      </h3>
      <ul className="font-mono">
        {outcome.objects.map((o) => (
          <li key={`${o.kind}/${o.namespace ?? ''}/${o.name}`}>
            {o.kind.toLowerCase()}/{o.name} {o.action}
            {outcome.dryRun ? ' (dry run)' : ''}
            {o.namespace ? <span className="text-zinc-500"> in {o.namespace}</span> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
