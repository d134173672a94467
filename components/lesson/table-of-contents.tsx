/** "On this page": links to the lesson's `##` and `###` sections (built on the server). */
import type { TocEntry } from './extract-toc';

export function TableOfContents({ entries }: { entries: TocEntry[] }) {
  if (entries.length === 0) return null;
  return (
    <nav aria-label="On this page" className="text-sm">
      <p className="text-xs font-semibold tracking-wider text-stone-600 uppercase dark:text-stone-400">
        On this page
      </p>
      <ul className="mt-3 space-y-1.5 border-l border-stone-200 dark:border-stone-800">
        {entries.map((entry) => (
          <li key={entry.id}>
            <a
              href={`#${entry.id}`}
              className={`-ml-px block border-l border-transparent py-0.5 text-stone-600 hover:border-stone-400 hover:text-stone-900 dark:text-stone-400 dark:hover:border-stone-500 dark:hover:text-stone-100 ${
                entry.depth === 3 ? 'pl-7' : 'pl-4'
              }`}
            >
              {entry.text}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
