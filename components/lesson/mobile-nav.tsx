'use client';
/**
 * Below the `md` breakpoint the chapter navigation folds behind a "Lessons" button; from `md` up it
 * is always shown. The menu closes on navigation and on Escape (focus returns to the button).
 */
import { useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { usePathname } from 'next/navigation';
import { CloseIcon, MenuIcon } from '@/components/site/icons';

export function MobileNav({ label, children }: { label: string; children: ReactNode }) {
  const pathname = usePathname();
  // Remember where the menu was opened: moving to another page closes it without an effect.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;
  const button = useRef<HTMLButtonElement>(null);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && open) {
      setOpenOn(null);
      button.current?.focus();
    }
  };

  return (
    <div onKeyDown={onKeyDown}>
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls="chapter-navigation"
        onClick={() => setOpenOn(open ? null : pathname)}
        className="flex w-full items-center gap-2 rounded-lg border border-stone-300 bg-white px-3 py-2 text-sm font-medium text-stone-800 md:hidden dark:border-stone-700 dark:bg-stone-900 dark:text-stone-100"
      >
        {open ? <CloseIcon className="size-4" /> : <MenuIcon className="size-4" />}
        {label}
      </button>
      <div id="chapter-navigation" className={open ? 'mt-3 block' : 'hidden md:block'}>
        {children}
      </div>
    </div>
  );
}
