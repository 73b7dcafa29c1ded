import { useId } from 'react';

interface LabelledSliderProps {
  label: string;
  value: number;
  min: number;
  max: number;
  step: number;
  /** The value as the learner reads it next to the slider (and as aria-valuetext). */
  display: string;
  onChange: (value: number) => void;
}

/** A range input with its label and current value. */
export function LabelledSlider({ label, value, min, max, step, display, onChange }: LabelledSliderProps) {
  const id = useId();
  return (
    <div className="flex min-w-0 flex-1 basis-48 items-center gap-2 text-sm">
      <label htmlFor={id} className="shrink-0 font-medium">
        {label}
      </label>
      <input
        id={id}
        type="range"
        min={min}
        max={max}
        step={step}
        value={value}
        aria-valuetext={display}
        onChange={(event) => onChange(Number(event.target.value))}
        className="min-w-0 flex-1 accent-brand-600"
      />
      <output htmlFor={id} className="w-16 shrink-0 text-right tabular-nums">
        {display}
      </output>
    </div>
  );
}
