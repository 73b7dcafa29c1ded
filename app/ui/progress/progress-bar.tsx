/** A labelled bar for a percentage (0–100); the label is what a screen reader announces. */
export function ProgressBar({ value, label, className = '' }: { value: number; label: string; className?: string }) {
  const percent = Math.max(0, Math.min(100, Math.round(value)));
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
      aria-valuetext={`${percent} %`}
      className={`h-2 w-full overflow-hidden rounded-full bg-slate-200 dark:bg-slate-800 ${className}`}
    >
      <div className="h-full rounded-full bg-brand-600 transition-[width] dark:bg-brand-300" style={{ width: `${percent}%` }} />
    </div>
  );
}
