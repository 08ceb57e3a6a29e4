import pg from 'pg';

/** A fresh, empty database on the test run's PostgreSQL server. */
export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

function adminUrl(): string {
  const url = process.env.HITO_TEST_ADMIN_URL;
  if (!url) throw new Error('HITO_TEST_ADMIN_URL is not set: run the tests through `npm test`.');
  return url;
}

/** Creates a database named for the suite; drop it in `afterAll`. */
export async function createTestDatabase(label = 'suite'): Promise<TestDatabase> {
  const name = `hito_${label.replace(/[^a-z0-9]/gi, '_').toLowerCase()}_${process.pid}_${Math.floor(Math.random() * 1e9)}`;
  const admin = new pg.Client({ connectionString: adminUrl() });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: adminUrl() });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    },
  };
}
