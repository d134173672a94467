/**
 * `<Disclosure kind title>`: a collapsed tip, extra information or the answer to an exercise.
 * Native <details>/<summary>, so it opens with Enter or Space and works without JavaScript.
 */
import type { ReactNode } from 'react';

const kinds = {
  tip: { label: 'Tip', badge: 'bg-teal-100 text-teal-900 dark:bg-teal-900/60 dark:text-teal-100' },
  info: { label: 'Info', badge: 'bg-sky-100 text-sky-900 dark:bg-sky-900/60 dark:text-sky-100' },
  answer: {
    label: 'Answer',
    badge: 'bg-violet-100 text-violet-900 dark:bg-violet-900/60 dark:text-violet-100',
  },
} as const;

export type DisclosureKind = keyof typeof kinds;

export function Disclosure({
  kind,
  title,
  children,
}: {
  kind: DisclosureKind;
  title: string;
  children?: ReactNode;
}) {
  const style = kinds[kind];
  if (!style) {
    throw new Error(
      `<Disclosure kind="${String(kind)}"> is not supported; kind must be one of: ${Object.keys(kinds).join(', ')}`,
    );
  }
  if (!title) throw new Error(`<Disclosure kind="${kind}"> needs a title`);
  return (
    <details className="group my-6 rounded-lg border border-stone-200 bg-white dark:border-stone-800 dark:bg-stone-900/60">
      <summary className="flex cursor-pointer list-none items-center gap-3 rounded-lg px-4 py-3 font-medium text-stone-900 marker:hidden hover:bg-stone-50 dark:text-stone-100 dark:hover:bg-stone-800/60 [&::-webkit-details-marker]:hidden">
        <svg
          viewBox="0 0 24 24"
          className="size-4 shrink-0 text-stone-500 transition-transform group-open:rotate-90"
          aria-hidden="true"
          focusable="false"
        >
          <path d="m9 6 6 6-6 6" fill="none" stroke="currentColor" strokeWidth="2" />
        </svg>
        <span className={`rounded px-1.5 py-0.5 text-xs font-semibold ${style.badge}`}>
          {style.label}
        </span>
        <span>{title}</span>
      </summary>
      <div className="border-t border-stone-200 px-4 py-1 dark:border-stone-800">{children}</div>
    </details>
  );
}
