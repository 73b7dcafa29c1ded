import type { ButtonHTMLAttributes } from 'react';

/** A control button of the visualizations; `primary` for the main action. */
export function VizButton({ primary = false, className = '', ...props }: ButtonHTMLAttributes<HTMLButtonElement> & { primary?: boolean }) {
  const look = primary
    ? 'bg-brand-600 text-white hover:bg-brand-700 disabled:bg-slate-400 dark:disabled:bg-slate-700'
    : 'border border-slate-300 hover:bg-slate-100 disabled:text-slate-400 dark:border-slate-600 dark:hover:bg-slate-800 dark:disabled:text-slate-500';
  return <button type="button" className={`min-h-9 rounded-md px-3 py-1.5 text-sm font-medium disabled:cursor-not-allowed ${look} ${className}`} {...props} />;
}
