/** The page footer: what the site is, in one line. */
export function SiteFooter() {
  return (
    <footer className="mt-16 border-t print:hidden border-stone-200 dark:border-stone-800">
      <div className="mx-auto max-w-7xl px-4 py-6 text-sm text-stone-600 sm:px-6 dark:text-stone-400">
        A hands-on Kubernetes security workshop. Every lab runs in your own private cluster space.
      </div>
    </footer>
  );
}
