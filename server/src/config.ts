import { resolve } from 'node:path';

/** Runtime settings read from the environment once, at start. */
export interface HitoConfig {
  /** HTTP port; `PORT`, default 3000. */
  port: number;
  /** External PostgreSQL; when unset an embedded server is started. */
  databaseUrl?: string;
  /** Data directory of the embedded PostgreSQL; `HITO_DATA_DIR`, default `./.hito/data`. */
  dataDir: string;
  /** Port of the embedded PostgreSQL; `HITO_DB_PORT`, default 54329. */
  embeddedPort: number;
}

function integer(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0 || parsed > 65535) {
    throw new Error(`${name} must be a port number between 0 and 65535, got "${value}"`);
  }
  return parsed;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): HitoConfig {
  return {
    port: integer('PORT', env.PORT, 3000),
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: resolve(env.HITO_DATA_DIR || '.hito/data'),
    embeddedPort: integer('HITO_DB_PORT', env.HITO_DB_PORT, 54329),
  };
}
