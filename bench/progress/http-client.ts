import http from 'node:http';

export interface Timed {
  status: number;
  ms: number;
  body: string;
}

/**
 * A lean keep-alive HTTP client: the load generator shares the machine's two cores with the
 * server, so it should spend as little CPU as it can (node:http costs less than fetch here).
 */
export function createClient(baseUrl: string, sockets: number) {
  const base = new URL(baseUrl);
  const agent = new http.Agent({ keepAlive: true, maxSockets: sockets });
  return function request(method: 'GET' | 'POST', path: string, headers: Record<string, string>, body?: string): Promise<Timed> {
    const started = performance.now();
    return new Promise((resolve) => {
      const req = http.request(
        { host: base.hostname, port: base.port || 80, method, path, agent, headers: body ? { ...headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } : headers },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - started, body: Buffer.concat(chunks).toString('utf8') }));
          res.on('error', () => resolve({ status: 0, ms: performance.now() - started, body: '' }));
        },
      );
      req.on('error', (error) => resolve({ status: 0, ms: performance.now() - started, body: String(error) }));
      req.end(body);
    });
  };
}

export type Request = ReturnType<typeof createClient>;
