import 'server-only';
import type { NextRequest } from 'next/server';

const CSRF_COOKIES = ['next-auth.csrf-token', '__Host-next-auth.csrf-token'];
const CHECKED_ACTIONS = ['/callback/', '/signin/', '/signout'];

/**
 * Whether a POST to next-auth carries both halves of its double-submit CSRF token:
 * the cookie and the form field. next-auth then checks that they match.
 */
export async function hasCsrfToken(request: NextRequest): Promise<boolean> {
  if (!CHECKED_ACTIONS.some((action) => request.nextUrl.pathname.includes(action))) return true;
  if (!CSRF_COOKIES.some((name) => request.cookies.has(name))) return false;
  try {
    const form = await request.clone().formData();
    const token = form.get('csrfToken');
    return typeof token === 'string' && token.length > 0;
  } catch {
    return false;
  }
}
