import { chmod, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, startEmbeddedPostgres } from '../../server/src/persistence/embedded-postgres.ts';

declare global {
  var __HITO_TEST_DB__: { stop(): Promise<void> } | undefined;
}


/**
 * One PostgreSQL server per test run: `DATABASE_URL` when given, otherwise an embedded one in a
 * temporary directory. Suites each create their own database on it (see `test-database.ts`).
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.DATABASE_URL) {
    process.env.HITO_TEST_ADMIN_URL = process.env.DATABASE_URL;
    return;
  }
  const dir = await mkdtemp(join(tmpdir(), 'hito-test-'));
  await chmod(dir, 0o755); // PostgreSQL runs as its own user and must reach its data directory.
  const database = await startEmbeddedPostgres(join(dir, 'data'), await freePort(), 'postgres');
  process.env.HITO_TEST_ADMIN_URL = database.url;
  globalThis.__HITO_TEST_DB__ = database;
}
