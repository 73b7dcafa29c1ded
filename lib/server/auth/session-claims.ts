import 'server-only';
import { cookies } from 'next/headers';
import { decode } from 'next-auth/jwt';
import { authOptions, type SessionClaims } from './options';

// next-auth's cookie names; the __Secure- prefix comes with useSecureCookies (production).
const COOKIE = authOptions.useSecureCookies ? '__Secure-next-auth.session-token' : 'next-auth.session-token';

/** The session cookie's value; next-auth splits a token over 4 KB into COOKIE.0, COOKIE.1… */
async function sessionToken(): Promise<string | null> {
  const jar = await cookies();
  const whole = jar.get(COOKIE)?.value;
  if (whole) return whole;
  const chunks = jar
    .getAll()
    .filter((cookie) => cookie.name.startsWith(`${COOKIE}.`))
    .sort((a, b) => Number(a.name.slice(COOKIE.length + 1)) - Number(b.name.slice(COOKIE.length + 1)));
  return chunks.length > 0 ? chunks.map((cookie) => cookie.value).join('') : null;
}

/**
 * The claims of the request's session token, or null when there is none or it does not
 * decrypt (tampered, expired, another secret). Decrypting directly costs a fraction of
 * getServerSession, which also runs the callbacks and re-encrypts the token to slide its
 * expiry on every call; the browser's session polling (/api/auth/session) still slides it.
 */
export async function readSessionClaims(): Promise<SessionClaims | null> {
  const token = await sessionToken();
  if (!token || !authOptions.secret) return null;
  const payload = await decode({ token, secret: authOptions.secret }).catch(() => null);
  if (typeof payload?.sub !== 'string' || payload.sub === '') return null;
  return { id: payload.sub, role: String(payload.role ?? ''), sv: Number(payload.sv ?? -1) };
}
