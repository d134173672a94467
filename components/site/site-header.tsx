/** The bar on top of every page: the site's name (home link), joining a workshop, the theme switch. */
import Link from 'next/link';
import { ThemeToggle } from './theme-toggle';

export function SiteHeader() {
  return (
    <header className="sticky top-0 z-30 border-b print:hidden border-stone-200 bg-stone-50/90 backdrop-blur dark:border-stone-800 dark:bg-stone-950/90">
      <div className="mx-auto flex h-14 max-w-7xl items-center justify-between gap-4 px-4 sm:px-6">
        <Link
          href="/"
          className="flex items-center gap-2 rounded-md text-sm font-semibold tracking-tight whitespace-nowrap text-stone-900 sm:text-base dark:text-stone-100"
        >
          <Logo />
          <span>
            K8s Security{' '}
            <span className="hidden text-teal-700 min-[400px]:inline dark:text-teal-400">
              Workshop
            </span>
          </span>
        </Link>
        <div className="flex items-center gap-1 sm:gap-3">
          <Link
            href="/join"
            className="rounded-md px-2 py-1 text-sm font-medium text-stone-700 hover:text-teal-800 dark:text-stone-300 dark:hover:text-teal-300"
          >
            Join
          </Link>
          <ThemeToggle />
        </div>
      </div>
    </header>
  );
}

function Logo() {
  // A shield with a helm wheel hub: decorative, the text beside it names the site.
  return (
    <svg viewBox="0 0 32 32" className="size-7" aria-hidden="true" focusable="false">
      <path
        d="M16 2 4 6.5v8.2c0 7.3 5 13.3 12 15.3 7-2 12-8 12-15.3V6.5z"
        className="fill-teal-700 dark:fill-teal-500"
      />
      <circle cx="16" cy="15" r="5.5" fill="none" strokeWidth="2" className="stroke-white" />
      <path
        d="M16 7.5v15M8.5 15h15"
        strokeWidth="2"
        strokeLinecap="round"
        className="stroke-white"
      />
    </svg>
  );
}
