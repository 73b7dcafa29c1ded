/**
 * An exercise draws the numbers of one worked example or question from a seed and computes
 * them with lib/engine, so no number a learner reads is typed by hand. Pure: the same seed
 * gives the same numbers on the server (lessons, quizzes, grading) and in the browser.
 */
export interface ExerciseInstance {
  /** Every number the text shows, by the name the text uses: `{{exercise:seed.name}}` in a lesson, `{name}` in a question. */
  variables: Record<string, number>;
  /** The value a learner is asked to predict. */
  answer: number;
  /** Digits shown after the decimal point (default 2); the answer is accepted within half a unit of the last one. */
  decimals?: number;
}

export type Exercise = (seed: number) => ExerciseInstance;

/** How the course writes a number: a decimal point (as in code), fixed digits, no "-0". */
export function formatNumber(value: number, decimals = 2): string {
  const text = value.toFixed(decimals);
  return /^-0(\.0+)?$/.test(text) ? text.slice(1) : text;
}

/**
 * How a lesson or question prints an exercise's variable: whole numbers without decimals
 * (inputs are often drawn from grids such as x ∈ {−2, −1, 1, 2}: "x = 2", not "x = 2.000"),
 * everything else with the exercise's digits.
 */
export function formatVariable(value: number, decimals = 2): string {
  return formatNumber(value, Number.isInteger(value) ? 0 : decimals);
}
