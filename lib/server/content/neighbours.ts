import 'server-only';

export interface Neighbours<T> {
  previous: T | null;
  next: T | null;
}

/** The stops before and after `href` on a reading path; both null when `href` is not on it. */
export function neighbours<T extends { href: string }>(stops: readonly T[], href: string): Neighbours<T> {
  const index = stops.findIndex((stop) => stop.href === href);
  if (index === -1) return { previous: null, next: null };
  return { previous: stops[index - 1] ?? null, next: stops[index + 1] ?? null };
}
