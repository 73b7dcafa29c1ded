import 'server-only';
import { env } from '@/lib/server/env';

/** The public origin for absolute links (sitemap, robots, JSON-LD), without a trailing slash. */
export function siteUrl(): string {
  return (env.AUTH_URL ?? 'http://localhost:3000').replace(/\/+$/, '');
}
