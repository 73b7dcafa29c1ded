import 'server-only';
import { db } from '@/lib/server/db';

export interface RateLimitResult {
  allowed: boolean;
  /** Seconds until the current window closes. */
  retryAfterSeconds: number;
}

/**
 * Counts one hit against `key` in a fixed window and says whether it is within `limit`.
 * One atomic upsert, so concurrent requests on any number of web instances share the count.
 */
export async function consumeRateLimit(key: string, limit: number, windowSeconds: number): Promise<RateLimitResult> {
  const rows = await db().$queryRaw<{ count: number; elapsed: number }[]>`
    INSERT INTO "RateLimitBucket" ("key", "count", "windowStart") VALUES (${key}, 1, now())
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimitBucket"."windowStart" <= now() - make_interval(secs => ${windowSeconds})
                     THEN 1 ELSE "RateLimitBucket"."count" + 1 END,
      "windowStart" = CASE WHEN "RateLimitBucket"."windowStart" <= now() - make_interval(secs => ${windowSeconds})
                     THEN now() ELSE "RateLimitBucket"."windowStart" END
    RETURNING "count", EXTRACT(EPOCH FROM (now() - "windowStart"))::float8 AS elapsed`;
  const row = rows[0];
  if (!row) throw new Error('rate limit upsert returned no row');
  return {
    allowed: row.count <= limit,
    retryAfterSeconds: Math.max(1, Math.ceil(windowSeconds - row.elapsed)),
  };
}

/** Forgets a key, for example an email's failures after a successful sign-in. */
export async function resetRateLimit(key: string): Promise<void> {
  await db().rateLimitBucket.deleteMany({ where: { key } });
}
