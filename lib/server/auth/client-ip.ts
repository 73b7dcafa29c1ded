import 'server-only';

type HeaderSource = Headers | Record<string, string | string[] | undefined> | undefined;

function read(headers: HeaderSource, name: string): string | undefined {
  if (!headers) return undefined;
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * The client's address as the nearest proxy reports it. Behind a load balancer the
 * first x-forwarded-for entry is the client; without one, all requests share "local".
 */
export function clientIp(headers: HeaderSource): string {
  const forwarded = read(headers, 'x-forwarded-for')?.split(',')[0]?.trim();
  return forwarded || read(headers, 'x-real-ip')?.trim() || 'local';
}
