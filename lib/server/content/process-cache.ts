import 'server-only';
import { env } from '@/lib/server/env';

// Content changes only with a new build, so a process may keep what it has read or compiled.
// `next dev` skips the cache so that edits under content/ show on the next reload.
export const processCacheEnabled = env.NODE_ENV !== 'development';

/** Remembers `compute(key)` for the life of the process; a rejected promise is forgotten. */
export function cacheForProcess<T>(compute: (key: string) => T, values = new Map<string, T>()): (key: string) => T {
  return (key) => {
    if (!processCacheEnabled) return compute(key);
    if (values.has(key)) return values.get(key) as T;
    const value = compute(key);
    values.set(key, value);
    if (value instanceof Promise) value.catch(() => values.delete(key));
    return value;
  };
}

/** `cacheForProcess` for a function without arguments. */
export function onceForProcess<T>(compute: () => T): () => T {
  const cached = cacheForProcess(() => compute());
  return () => cached('');
}
