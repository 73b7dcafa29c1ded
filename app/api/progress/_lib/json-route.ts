import { NextResponse } from 'next/server';
import { z } from 'zod';
import { AuthorizationError } from '@/lib/server/auth/session';
import { UnknownLessonError } from '@/lib/server/data/progress/course-index';
import { HttpError, readJsonBody } from './read-json-body';

const spanish = z.locales.es().localeError;
const NO_STORE = { 'Cache-Control': 'no-store' };

export function jsonError(status: number, message: string, headers: Record<string, string> = {}): NextResponse {
  return NextResponse.json({ error: message }, { status, headers: { ...NO_STORE, ...headers } });
}

export function jsonOk<T>(schema: z.ZodType<T>, value: T): NextResponse {
  return NextResponse.json(schema.parse(value), { headers: NO_STORE });
}

/** Parses with Spanish messages; the first problem, with where it is, becomes a 400. */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const parsed = schema.safeParse(value, { error: spanish });
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue?.path.length ? ` (${issue.path.join('.')})` : '';
  throw new HttpError(400, `Datos no válidos${where}: ${issue?.message ?? 'revisa la petición.'}`);
}

/**
 * What every failure becomes: bad input a 4xx with a Spanish sentence, never a 500. Anything
 * unexpected (the database down, a lost connection) is a 503 the client outbox retries later.
 */
export function errorResponse(error: unknown): NextResponse {
  if (error instanceof HttpError) return jsonError(error.status, error.message);
  if (error instanceof AuthorizationError) {
    const message = error.status === 401 ? 'Tienes que iniciar sesión para guardar tu progreso.' : error.message;
    return jsonError(error.status, message);
  }
  if (error instanceof UnknownLessonError) return jsonError(400, error.message);
  console.error('[progreso] petición fallida:', error);
  return jsonError(503, 'No se ha podido guardar ahora mismo. Se volverá a intentar en unos segundos.', { 'Retry-After': '2' });
}

/** A JSON POST: body read within the size limit, input and output checked by their schemas. */
export async function handleJsonPost<S extends z.ZodType, T>(
  request: Request,
  input: S,
  output: z.ZodType<T>,
  run: (value: z.infer<S>) => Promise<T>,
): Promise<NextResponse> {
  try {
    const value = parseInput(input, await readJsonBody(request));
    return jsonOk(output, await run(value));
  } catch (error) {
    return errorResponse(error);
  }
}
