import { PROGRESS_LIMITS } from '@/lib/schemas/progress';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

const tooLarge = () => new HttpError(413, `La petición es demasiado grande (máximo ${PROGRESS_LIMITS.bodyBytes / 1024} KB).`);

/**
 * The request body parsed as JSON, read no further than `limit` bytes: a declared or
 * streamed body past the limit is a 413 before it is buffered or parsed.
 */
export async function readJsonBody(request: Request, limit: number = PROGRESS_LIMITS.bodyBytes): Promise<unknown> {
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > limit) throw tooLarge();
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body?.getReader();
  while (reader) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  const text = new TextDecoder().decode(Buffer.concat(chunks));
  if (!text.trim()) throw new HttpError(400, 'Falta el cuerpo JSON de la petición.');
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpError(400, 'El cuerpo de la petición no es JSON válido.');
  }
}
