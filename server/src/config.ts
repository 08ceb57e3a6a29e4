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
  /** `HITO_CLOCK=simulated`: simulation mode, time moved through `POST /api/clock`. */
  simulatedClock: boolean;
  /** `HITO_CLOCK_START`: where a new simulation starts (ISO-8601); default now. */
  simulationStart?: number;
  /** `HITO_TIME_ZONE`: zone of date-times written without one in processes; default America/Bogota. */
  timeZone: string;
}

function integer(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0 || parsed > 65535) {
    throw new Error(`${name} must be a port number between 0 and 65535, got "${value}"`);
  }
  return parsed;
}

function clockMode(value: string | undefined): 'system' | 'simulated' {
  if (value === undefined || value === '' || value === 'system') return 'system';
  if (value === 'simulated') return 'simulated';
  throw new Error(`HITO_CLOCK must be "system" or "simulated", got "${value}"`);
}

function simulationStart(value: string | undefined): number | undefined {
  if (value === undefined || value === '') return undefined;
  const time = Date.parse(value);
  if (Number.isNaN(time)) throw new Error(`HITO_CLOCK_START must be an ISO-8601 date-time, got "${value}"`);
  return time;
}

function timeZone(value: string | undefined): string {
  const zone = value || 'America/Bogota';
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
  } catch {
    throw new Error(`HITO_TIME_ZONE must be an IANA time zone such as America/Bogota, got "${zone}"`);
  }
  return zone;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): HitoConfig {
  return {
    port: integer('PORT', env.PORT, 3000),
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: resolve(env.HITO_DATA_DIR || '.hito/data'),
    embeddedPort: integer('HITO_DB_PORT', env.HITO_DB_PORT, 54329),
    simulatedClock: clockMode(env.HITO_CLOCK) === 'simulated',
    simulationStart: simulationStart(env.HITO_CLOCK_START),
    timeZone: timeZone(env.HITO_TIME_ZONE),
  };
}
