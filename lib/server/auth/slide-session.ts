import 'server-only';
import { getServerSession } from 'next-auth';
import { authOptions } from './options';

/**
 * Re-issues the session cookie with a fresh expiry, so an active learner is never signed out
 * mid-course. Only route handlers can set cookies, and re-encrypting costs a few ms, so this
 * runs once per page view (GET /api/progress), not on every write.
 */
export async function slideSession(): Promise<void> {
  await getServerSession(authOptions);
}
