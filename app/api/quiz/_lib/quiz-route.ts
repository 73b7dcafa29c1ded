import { NextResponse } from 'next/server';
import type { z } from 'zod';
import { jsonError, parseInput } from '@/app/api/progress/_lib/json-route';
import { HttpError, readJsonBody } from '@/app/api/progress/_lib/read-json-body';
import { QUIZ_LIMITS } from '@/lib/quiz/schemas';
import { AuthorizationError } from '@/lib/server/auth/session';
import { QuizError } from '@/lib/server/data/quiz/errors';

const NO_STORE = { 'Cache-Control': 'no-store' };

/** Every quiz failure as a Spanish sentence and its status; anything unexpected is a 503 the page retries. */
function quizErrorResponse(error: unknown): NextResponse {
  if (error instanceof QuizError) return NextResponse.json({ error: error.message, result: error.result }, { status: error.status, headers: NO_STORE });
  if (error instanceof HttpError) return jsonError(error.status, error.message);
  if (error instanceof AuthorizationError) {
    return jsonError(error.status, error.status === 401 ? 'Tienes que iniciar sesión para hacer el cuestionario.' : error.message);
  }
  console.error('[cuestionario] petición fallida:', error);
  return jsonError(503, 'No se ha podido guardar ahora mismo. Vuelve a intentarlo en unos segundos: tus respuestas siguen aquí.', { 'Retry-After': '2' });
}

/** A quiz POST: body read within the size limit (413 past it), parsed with Spanish messages, run, answered uncached. */
export async function handleQuizPost<S extends z.ZodType, T>(request: Request, schema: S, run: (input: z.infer<S>) => Promise<T>): Promise<NextResponse> {
  try {
    const input = parseInput(schema, await readJsonBody(request, QUIZ_LIMITS.bodyBytes));
    return NextResponse.json(await run(input), { headers: NO_STORE });
  } catch (error) {
    return quizErrorResponse(error);
  }
}
