/** The join page's two button looks, shared by its forms and panels (the site's teal on stone). */

export const primaryButton =
  'inline-flex items-center rounded-lg bg-teal-700 px-5 py-2.5 font-semibold text-white hover:bg-teal-800 disabled:opacity-60 dark:bg-teal-500 dark:text-stone-950 dark:hover:bg-teal-400';
export const secondaryButton =
  'inline-flex items-center rounded-lg border border-stone-300 bg-white px-4 py-2 font-semibold text-stone-800 hover:border-teal-600 hover:text-teal-800 dark:border-stone-700 dark:bg-stone-900 dark:text-stone-100 dark:hover:border-teal-400 dark:hover:text-teal-300';
