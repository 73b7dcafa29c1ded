import type { ProgressMap } from '@/lib/schemas/progress';

/** How the outbox reaches the server: the page's own fetch, or a test's base URL and headers. */
export interface Transport {
  fetch: typeof fetch;
  baseUrl?: string;
  headers?: Record<string, string>;
}

export function postJson(transport: Transport, path: string, body: unknown, keepalive: boolean): Promise<Response> {
  return transport.fetch(`${transport.baseUrl ?? ''}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...transport.headers },
    body: JSON.stringify(body),
    keepalive,
    credentials: 'same-origin',
  });
}

/** Statuses worth another try later: timeouts, rate limits and anything on the server's side. */
export const isRetryable = (status: number) => status === 408 || status === 425 || status === 429 || status >= 500;

/** GET /api/progress: the lessons' statuses, or just the HTTP status when it fails (401 for a visitor). */
export async function fetchSnapshot(transport: Transport): Promise<{ status: number; lessons?: ProgressMap }> {
  const response = await transport.fetch(`${transport.baseUrl ?? ''}/api/progress`, { headers: transport.headers, cache: 'no-store' });
  if (!response.ok) return { status: response.status };
  const body = (await response.json()) as { lessons?: ProgressMap };
  return { status: response.status, lessons: body.lessons };
}
