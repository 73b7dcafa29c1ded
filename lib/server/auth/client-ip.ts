import 'server-only';

type HeaderSource = Headers | Record<string, string | string[] | undefined> | undefined;

function read(headers: HeaderSource, name: string): string | undefined {
  if (!headers) return undefined;
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * The client's address as the nearest proxy reports it: the last x-forwarded-for entry,
 * the one that proxy appended (earlier entries are whatever the client claimed). Without
 * a proxy in front, all requests share "local" and only the per-email limit applies.
 */
export function clientIp(headers: HeaderSource): string {
  const forwarded = read(headers, 'x-forwarded-for')?.split(',').at(-1)?.trim();
  return forwarded || read(headers, 'x-real-ip')?.trim() || 'local';
}
