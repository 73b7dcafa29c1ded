/** Shared Tailwind classes of the lab's controls. */
export const btn =
  'inline-flex items-center justify-center gap-1 rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50 disabled:cursor-not-allowed disabled:opacity-40 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100 dark:hover:bg-slate-700';
export const btnSm =
  'inline-flex h-6 w-6 items-center justify-center rounded border border-slate-300 bg-white text-sm leading-none text-slate-800 hover:bg-slate-50 disabled:cursor-not-allowed disabled:opacity-40 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100';
export const btnPrimary =
  'inline-flex items-center justify-center gap-1 rounded-md bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-40';
export const node = 'block h-7 w-7 rounded-sm border border-slate-400 sm:h-9 sm:w-9 dark:border-slate-500';
export const select = 'mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-800';
export const fieldLabel = 'block text-xs font-medium text-slate-700 dark:text-slate-300';
export const panel = 'rounded-lg border border-slate-200 p-3 dark:border-slate-700';
