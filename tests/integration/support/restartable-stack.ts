import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { createPrismaClient } from '@/lib/server/db/client';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '@/lib/server/db/embedded-postgres';
import { migrate } from '@/lib/server/db/migrate';
import { killServer, startProgressServer, type ChildServer } from '../progress/support/child-server';

/**
 * A PostgreSQL of the test's own (so it can be stopped and started again on the same folder
 * and port), migrated, with one learner, and a bare API server in a child process on it.
 */
export class RestartableStack {
  private postgres: EmbeddedPostgres | undefined;

  private constructor(
    private readonly dataDir: string,
    postgres: EmbeddedPostgres,
    /** The database URL the server was given; a restart keeps it. */
    readonly url: string,
    readonly prisma: PrismaClient,
    readonly server: ChildServer,
    readonly userId: string,
  ) {
    this.postgres = postgres;
  }

  /** `script`: the child server to run (the progress routes by default). */
  static async start(label: string, script?: string): Promise<RestartableStack> {
    const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), `backprop-${label}-pg-`));
    const postgres = await startEmbeddedPostgres({ dataDir });
    await migrate(postgres.url);
    const prisma = createPrismaClient(postgres.url);
    const user = await prisma.user.create({ data: { email: `${label}-reinicio@prueba.es`, name: 'Reinicio' } });
    return new RestartableStack(dataDir, postgres, postgres.url, prisma, await startProgressServer(postgres.url, script), user.id);
  }

  /** A POST to the child server as the stack's learner. */
  post(route: string, body: unknown): Promise<Response> {
    return fetch(`${this.server.url}${route}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-user-id': this.userId }, body: JSON.stringify(body) });
  }

  async stopDatabase(): Promise<void> {
    await this.postgres?.stop();
    this.postgres = undefined;
  }

  /** Starts PostgreSQL again on the same folder and port; returns its URL, which should be the same as before. */
  async restartDatabase(): Promise<string> {
    this.postgres = await startEmbeddedPostgres({ dataDir: this.dataDir, port: Number(new URL(this.url).port) });
    return this.postgres.url;
  }

  async stop(): Promise<void> {
    await killServer(this.server);
    await this.prisma.$disconnect();
    await this.postgres?.stop();
    await fs.rm(this.dataDir, { recursive: true, force: true });
  }
}
