/** Marks a lesson that is not written yet. */
export function PendingBadge() {
  return (
    <span className="ml-2 inline-block whitespace-nowrap rounded-full bg-slate-100 px-2 py-0.5 align-middle text-xs font-medium text-slate-600 dark:bg-slate-800 dark:text-slate-300">
      en preparación
    </span>
  );
}
