import net from 'node:net';
import { describe, expect, it } from 'vitest';
import { assertPortFree } from '@/scripts/start/port-free';

function listen(port = 0): Promise<net.Server> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.listen(port, () => resolve(server));
  });
}

describe('assertPortFree', () => {
  it('refuses a port another server listens on, in Spanish, and accepts it once freed', async () => {
    const other = await listen();
    const { port } = other.address() as net.AddressInfo;
    await expect(assertPortFree(port)).rejects.toThrow(`el puerto ${port} ya está en uso`);
    await new Promise((resolve) => other.close(resolve));
    await expect(assertPortFree(port)).resolves.toBeUndefined();
  });
});
