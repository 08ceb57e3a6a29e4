import type { EntityManager } from 'typeorm';
import type { ChainHead, StoredRecord } from './event-store.js';
import { readRecordsWhere } from './event-store.js';

/** Position of the newest record that belongs to no instance (deployments, timer start events). */
export async function lastDeploymentPosition(db: EntityManager): Promise<number> {
  const [row]: { position: string | null }[] = await db.query(`SELECT max(position) AS position FROM event_record WHERE instance_key IS NULL`);
  return Number(row.position ?? 0);
}

/** Records that belong to no instance, after a position, in log order. */
export function readDeploymentRecords(db: EntityManager, after: number): Promise<StoredRecord[]> {
  return readRecordsWhere(db, `instance_key IS NULL AND position > $1 ORDER BY position`, [after]);
}

/** A locked instance: where its log continues. */
export interface LockedInstance extends ChainHead {
  key: number;
  state: string;
}

/**
 * Locks instances for this transaction (one writer per instance at a time), in key order so that
 * two transactions locking the same instances cannot deadlock each other.
 */
export async function lockInstances(db: EntityManager, keys: readonly number[]): Promise<LockedInstance[]> {
  if (keys.length === 0) return [];
  const rows: { key: string; state: string; last_sequence: number; last_hash: string | null }[] = await db.query(
    `SELECT key, state, last_sequence, last_hash FROM process_instance WHERE key = ANY($1::bigint[]) ORDER BY key FOR UPDATE`,
    [keys],
  );
  return rows.map((row) => ({ key: Number(row.key), state: row.state, sequence: row.last_sequence, hash: row.last_hash }));
}

async function keys(db: EntityManager, sql: string, params: unknown[]): Promise<number[]> {
  const rows: { key: string | null }[] = await db.query(sql, params);
  return rows.filter((row) => row.key !== null).map((row) => Number(row.key));
}

/** Instances a command reaches, found through the projections. */
export const targets = {
  ofJob: (db: EntityManager, jobKey: number) => keys(db, `SELECT instance_key AS key FROM job WHERE key = $1`, [jobKey]),
  ofUserTask: (db: EntityManager, taskKey: number) => keys(db, `SELECT instance_key AS key FROM user_task WHERE key = $1`, [taskKey]),
  ofIncident: (db: EntityManager, incidentKey: number) => keys(db, `SELECT instance_key AS key FROM incident WHERE key = $1`, [incidentKey]),
  ofSubscription: (db: EntityManager, key: number) => keys(db, `SELECT instance_key AS key FROM subscription WHERE key = $1`, [key]),
  calledBy: (db: EntityManager, elementInstanceKey: number) =>
    keys(db, `SELECT key FROM process_instance WHERE parent_element_instance_key = $1`, [elementInstanceKey]),
  subscribedTo: (db: EntityManager, type: 'message' | 'signal', name: string, correlationKey?: string) =>
    type === 'message'
      ? keys(db, `SELECT DISTINCT instance_key AS key FROM subscription WHERE type = 'message' AND name = $1 AND correlation_key IS NOT DISTINCT FROM $2 AND instance_key IS NOT NULL`, [name, correlationKey ?? null])
      : keys(db, `SELECT DISTINCT instance_key AS key FROM subscription WHERE type = 'signal' AND name = $1 AND instance_key IS NOT NULL`, [name]),
};
