// GET, POST /api/auth/* - next-auth's sign-in, sign-out, session and CSRF endpoints
import NextAuth from 'next-auth';
import { NextResponse, type NextRequest } from 'next/server';
import { authOptions } from '@/lib/server/auth/options';
import { hasCsrfToken } from '@/lib/server/auth/csrf';

const handler = NextAuth(authOptions);
type RouteContext = { params: Promise<{ nextauth: string[] }> };

export function GET(request: NextRequest, context: RouteContext) {
  return handler(request, context);
}

export async function POST(request: NextRequest, context: RouteContext) {
  // next-auth answers a missing CSRF token with a redirect; a plain 403 is clearer for a form or a script.
  if (!(await hasCsrfToken(request))) {
    return NextResponse.json(
      { error: 'Falta el token de seguridad del formulario (CSRF). Recarga la página y vuelve a intentarlo.' },
      { status: 403 },
    );
  }
  return handler(request, context);
}
