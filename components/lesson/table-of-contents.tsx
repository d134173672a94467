'use client';
/**
 * "On this page": links to the lesson's `##` and `###` sections (the entries are extracted on the
 * server). The section being read is marked with aria-current="location" as the reader scrolls.
 */
import { useEffect, useState } from 'react';
import type { TocEntry } from './extract-toc';

/** The id of the last heading that has scrolled above the reading line (a third down the screen). */
function useActiveHeading(ids: string[]): string | undefined {
  const [active, setActive] = useState<string | undefined>();
  useEffect(() => {
    const headings = ids
      .map((id) => document.getElementById(id))
      .filter((el): el is HTMLElement => el !== null);
    if (headings.length === 0) return;
    const update = () => {
      const line = window.innerHeight / 3;
      let current: string | undefined;
      for (const heading of headings) {
        if (heading.getBoundingClientRect().top <= line) current = heading.id;
      }
      setActive(current);
    };
    // Intersections tell us when to look; the positions decide which heading is current.
    const observer = new IntersectionObserver(update, { rootMargin: '0px 0px -66% 0px' });
    headings.forEach((heading) => observer.observe(heading));
    update();
    return () => observer.disconnect();
  }, [ids]);
  return active;
}

export function TableOfContents({ entries }: { entries: TocEntry[] }) {
  const [ids] = useState(() => entries.map((e) => e.id));
  const active = useActiveHeading(ids);
  if (entries.length === 0) return null;
  return (
    <nav aria-label="On this page" className="text-sm">
      <p className="text-xs font-semibold tracking-wider text-stone-600 uppercase dark:text-stone-400">
        On this page
      </p>
      <ul className="mt-3 space-y-1.5 border-l border-stone-200 dark:border-stone-800">
        {entries.map((entry) => {
          const current = entry.id === active;
          return (
            <li key={entry.id}>
              <a
                href={`#${entry.id}`}
                aria-current={current ? 'location' : undefined}
                className={`-ml-px block border-l py-0.5 ${entry.depth === 3 ? 'pl-7' : 'pl-4'} ${
                  current
                    ? 'border-teal-700 font-medium text-teal-800 dark:border-teal-400 dark:text-teal-300'
                    : 'border-transparent text-stone-600 hover:border-stone-400 hover:text-stone-900 dark:text-stone-400 dark:hover:border-stone-500 dark:hover:text-stone-100'
                }`}
              >
                {entry.text}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
