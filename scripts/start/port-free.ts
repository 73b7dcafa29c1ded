import net from 'node:net';

/**
 * Fails with a Spanish message when something already listens on `port`. Next would fail
 * too, but only after PostgreSQL started, and the readiness check would mistake the other
 * server for ours.
 */
export function assertPortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', (error: NodeJS.ErrnoException) => {
      reject(error.code === 'EADDRINUSE' ? new Error(`el puerto ${port} ya está en uso: detén el otro servidor o elige otro con PORT=${port + 1}`) : error);
    });
    probe.listen(port, () => probe.close(() => resolve()));
  });
}
