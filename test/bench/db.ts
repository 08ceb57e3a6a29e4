/** The benchmark's PostgreSQL: `DATABASE_URL` when given, otherwise an embedded one in a temp dir. */
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { freePort, startEmbeddedPostgres } from '../../server/src/persistence/embedded-postgres.js';

export interface BenchServer {
  adminUrl: string;
  version: string;
  embedded: boolean;
  createDatabase(label: string): Promise<BenchDatabase>;
  stop(): Promise<void>;
}

export interface BenchDatabase {
  url: string;
  drop(): Promise<void>;
}


async function adminQuery<T = Record<string, unknown>>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

export async function startBenchServer(): Promise<BenchServer> {
  let adminUrl: string;
  let stopServer: () => Promise<void> = async () => {};
  let embedded = false;
  if (process.env.DATABASE_URL) {
    adminUrl = process.env.DATABASE_URL;
  } else {
    const dir = await mkdtemp(join(tmpdir(), 'hito-bench-'));
    await chmod(dir, 0o755); // PostgreSQL runs as its own user and must reach its data directory.
    const running = await startEmbeddedPostgres(join(dir, 'data'), await freePort(), 'postgres');
    adminUrl = running.url;
    embedded = true;
    stopServer = async () => {
      await running.stop();
      await rm(dir, { recursive: true, force: true });
    };
  }
  const [{ server_version: version }] = await adminQuery<{ server_version: string }>(adminUrl, 'SHOW server_version');
  const created: string[] = [];
  return {
    adminUrl,
    version,
    embedded,
    async createDatabase(label: string) {
      const name = `hito_bench_${label}_${process.pid}_${Math.floor(Math.random() * 1e6)}`;
      await adminQuery(adminUrl, `CREATE DATABASE "${name}"`);
      created.push(name);
      const url = new URL(adminUrl);
      url.pathname = `/${name}`;
      return {
        url: url.toString(),
        drop: async () => {
          await adminQuery(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
          created.splice(created.indexOf(name), 1);
        },
      };
    },
    async stop() {
      for (const name of [...created]) await adminQuery(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).catch(() => undefined);
      await stopServer();
    },
  };
}
