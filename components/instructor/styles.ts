/** The dashboard's shared looks: panels and buttons in the site's teal on stone. */

export const panel =
  'rounded-xl border border-stone-200 bg-white p-5 shadow-sm dark:border-stone-800 dark:bg-stone-900';
export const panelHeading = 'text-xl font-bold text-stone-900 dark:text-stone-50';
export const primaryButton =
  'inline-flex items-center rounded-lg bg-teal-700 px-4 py-2 font-semibold text-white hover:bg-teal-800 disabled:opacity-60 dark:bg-teal-500 dark:text-stone-950 dark:hover:bg-teal-400';
export const secondaryButton =
  'inline-flex items-center rounded-lg border border-stone-300 bg-white px-3 py-1.5 text-sm font-semibold text-stone-800 hover:border-teal-600 hover:text-teal-800 dark:border-stone-700 dark:bg-stone-900 dark:text-stone-100 dark:hover:border-teal-400 dark:hover:text-teal-300';
export const dangerButton =
  'inline-flex items-center rounded-lg bg-red-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-red-800 dark:bg-red-500 dark:text-stone-950 dark:hover:bg-red-400';
