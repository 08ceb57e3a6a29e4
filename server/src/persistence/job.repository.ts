import type { EntityManager } from 'typeorm';
import { returningRows } from './returning-rows.js';

/** A job handed to a worker. */
export interface ActivatedJob {
  key: string;
  type: string;
  instanceKey: string;
  elementId: string;
  retries: number;
  headers: Record<string, string>;
  variables: Record<string, unknown>;
  lockedUntil: string;
}

/**
 * Fetch-and-lock: up to `max` jobs of a type that nobody holds (never locked, lock expired, or
 * retry back-off over), locked to `worker` until `until`. Rows are claimed with SKIP LOCKED so
 * concurrent workers, on any server process, never get the same job.
 */
export async function activateJobs(db: EntityManager, type: string, worker: string, max: number, now: Date, until: Date): Promise<ActivatedJob[]> {
  const rows = returningRows<{ key: string; type: string; instance_key: string; element_id: string; retries: number; headers: Record<string, string>; locked_until: Date }>(
    await db.query(
      `UPDATE job SET worker = $3, locked_until = $5
       WHERE key IN (
         SELECT key FROM job
         WHERE type = $1 AND state = 'activatable' AND (retry_at IS NULL OR retry_at <= $4) AND (locked_until IS NULL OR locked_until <= $4)
         ORDER BY key LIMIT $2 FOR UPDATE SKIP LOCKED)
       RETURNING key, type, instance_key, element_id, retries, headers, locked_until`,
      [type, max, worker, now, until],
    ));
  if (rows.length === 0) return [];
  const variables: { instance_key: string; name: string; value: unknown }[] = await db.query(
    `SELECT instance_key, name, value FROM variable WHERE scope_key = ANY($1::bigint[])`,
    [rows.map((row) => row.instance_key)],
  );
  return rows.map((row) => ({
    key: row.key,
    type: row.type,
    instanceKey: row.instance_key,
    elementId: row.element_id,
    retries: row.retries,
    headers: row.headers,
    variables: Object.fromEntries(variables.filter((v) => v.instance_key === row.instance_key).map((v) => [v.name, v.value])),
    lockedUntil: row.locked_until.toISOString(),
  }));
}

/** Whether `worker` holds the job's lock now (a job may only be reported by its worker). */
export async function jobLockHolder(db: EntityManager, key: number): Promise<{ worker: string | null; lockedUntil: Date | null } | undefined> {
  const rows: { worker: string | null; locked_until: Date | null }[] = await db.query(`SELECT worker, locked_until FROM job WHERE key = $1`, [key]);
  return rows[0] ? { worker: rows[0].worker, lockedUntil: rows[0].locked_until } : undefined;
}

/** After a failure with retries left: the job may be fetched again after the back-off. */
export async function scheduleRetry(db: EntityManager, key: number, retryAt: Date): Promise<void> {
  await db.query(`UPDATE job SET retry_at = $2, worker = NULL, locked_until = NULL WHERE key = $1`, [key, retryAt]);
}
