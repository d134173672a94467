'use client';
/** A find bar over the terminal's scrollback (xterm's search addon): Enter/Shift+Enter, Esc. */
import { useEffect, useRef, useState } from 'react';
import type { SearchAddon } from '@xterm/addon-search';

export function TerminalSearch({
  search,
  onClose,
}: {
  search: SearchAddon | null;
  onClose(): void;
}) {
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<boolean | null>(null);

  useEffect(() => input.current?.focus(), []);
  useEffect(() => () => search?.clearDecorations(), [search]);

  const find = (backwards: boolean) => {
    if (!search || query.length === 0) return setFound(null);
    const options = { caseSensitive: false };
    setFound(backwards ? search.findPrevious(query, options) : search.findNext(query, options));
  };

  return (
    <div className="flex items-center gap-2 text-xs">
      <input
        ref={input}
        type="search"
        aria-label="Find in terminal"
        placeholder="Find"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') find(e.shiftKey);
          if (e.key === 'Escape') onClose();
        }}
        className="w-40 rounded border border-stone-300 bg-white px-2 py-0.5 text-stone-900 dark:border-stone-600 dark:bg-stone-900 dark:text-stone-100"
      />
      {found === false && <span className="text-stone-600 dark:text-stone-300">No match</span>}
    </div>
  );
}
