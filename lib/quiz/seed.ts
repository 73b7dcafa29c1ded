import { Rng } from '@/lib/engine';

/** Largest attempt seed: a positive 31-bit integer fits the database's Int column. */
export const MAX_ATTEMPT_SEED = 2_147_483_646;

/**
 * The seed one question of one attempt draws its numbers and its order from: FNV-1a of
 * "attempt seed:question id". Each question gets its own stream, so adding or reordering
 * questions in a quiz file never changes the numbers of the others.
 */
export function questionSeed(attemptSeed: number, questionId: string): number {
  let hash = 0x811c9dc5;
  for (const char of `${attemptSeed}:${questionId}`) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 1) + 1;
}

/** Fisher–Yates with the engine's generator: the same seed gives the same order everywhere. */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const rng = new Rng(seed);
  const order = [...items];
  for (let i = order.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}

/**
 * A shuffle that never shows the list in its right order (which would hand the answer to
 * an ordering question): the first shuffle that differs, drawn from successive seeds.
 */
export function shuffledAwayFrom<T>(items: readonly T[], seed: number): T[] {
  for (let round = 0; round < 20; round++) {
    const order = shuffled(items, seed + round);
    if (order.some((item, i) => item !== items[i])) return order;
  }
  // Two items or more always shuffle away within a few rounds; this keeps the type total.
  return [...items.slice(1), items[0]!];
}
