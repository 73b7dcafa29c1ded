/** Arrow keys that move through a diagram's neurons and weights, and by how many items. */
export const ALL_ARROWS: Readonly<Record<string, number>> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };
export const VERTICAL_ARROWS: Readonly<Record<string, number>> = { ArrowDown: 1, ArrowUp: -1 };

/**
 * Keyboard focus among `count` diagram items: the index `key` moves it to (−1 = none, after
 * Escape), or null when the key is not one of ours and the browser should keep it.
 */
export function nextItemFocus(key: string, current: number, count: number, moves: Readonly<Record<string, number>>): number | null {
  if (key in moves) return Math.max(0, Math.min(count - 1, current + moves[key]!));
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  if (key === 'Escape') return -1;
  return null;
}
