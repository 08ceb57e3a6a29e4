import type { EntityManager } from 'typeorm';
import { readRecordsWhere, type ChainHead, type StoredRecord } from './event-store.js';

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
}

/**
 * Locks the instances a lookup finds (one writer per instance at a time), in key order so that two
 * transactions locking the same instances cannot deadlock, skipping those already held, then reads
 * their records. The read is a statement of its own on purpose: under READ COMMITTED a statement
 * sees the data as of its start, so records committed by a transaction this lock waited for are
 * visible only to a statement that starts after the lock is granted. `lookup` selects instance keys
 * with parameters numbered from $1.
 */
export async function lockAndRead(
  db: EntityManager,
  lookup: { sql: string; params: unknown[] },
  held: readonly number[],
): Promise<{ locked: LockedInstance[]; records: StoredRecord[] }> {
  const rows: { key: string; last_sequence: number; last_hash: string | null }[] = await db.query(
    `SELECT key, last_sequence, last_hash FROM process_instance
     WHERE key IN (${lookup.sql}) AND NOT key = ANY($${lookup.params.length + 1}::bigint[])
     ORDER BY key FOR UPDATE`,
    [...lookup.params, held],
  );
  const locked = rows.map((row) => ({ key: Number(row.key), sequence: row.last_sequence, hash: row.last_hash }));
  if (locked.length === 0) return { locked, records: [] };
  const records = await readRecordsWhere(db, `instance_key = ANY($1::bigint[]) ORDER BY instance_key, sequence`, [locked.map((instance) => instance.key)]);
  return { locked, records };
}
