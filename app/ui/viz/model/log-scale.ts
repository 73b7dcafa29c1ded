/** The slider's integer range for a log-scale control. */
export const LOG_SLIDER_STEPS = 1000;

/** Slider position t ∈ [0, steps] → value min·(max/min)^(t/steps), a logarithmic scale. */
export function fromLogSlider(t: number, min: number, max: number, steps = LOG_SLIDER_STEPS): number {
  const f = Math.min(Math.max(t / steps, 0), 1);
  return min * (max / min) ** f;
}

/** The inverse of {@link fromLogSlider}, rounded to the nearest slider position. */
export function toLogSlider(value: number, min: number, max: number, steps = LOG_SLIDER_STEPS): number {
  const clamped = Math.min(Math.max(value, min), max);
  return Math.round((steps * Math.log(clamped / min)) / Math.log(max / min));
}

/** η rounded to 3 significant digits, for display and so slider values stay tidy. */
export function tidy(value: number): number {
  return Number(value.toPrecision(3));
}
