import type { EntityManager } from 'typeorm';
import { chainHash, type ChainedContent } from '../audit/hash-chain.js';
import type { EngineRecord } from '../engine/protocol/index.js';

/** Who caused a batch of records: a person (maybe on someone's behalf), a timer, a worker, the system. */
export interface Actor {
  kind: 'person' | 'timer' | 'worker' | 'system';
  id?: string;
  onBehalfOf?: string;
}

/** The last stored record of an instance: where its sequence and hash chain continue. */
export interface ChainHead {
  sequence: number;
  hash: string | null;
}

/** A record as stored, with its place in its instance's chain. */
export interface StoredRecord extends ChainedContent {
  position: number;
  hash: string;
  prevHash: string | null;
}

/** A record ready to store: its chain fields computed, its position still to come. */
export type ChainedRow = ChainedContent & { hash: string; prevHash: string | null };

/**
 * Puts a batch's records in their instances' chains: each continues its instance's sequence and
 * hash chain from `heads` (read under the instance's lock), and `heads` is advanced.
 */
export function chainRecords(records: readonly EngineRecord[], actor: Actor, heads: Map<number, ChainHead>): ChainedRow[] {
  return records.map((record) => {
    const instanceKey = record.instanceKey ?? null;
    let sequence: number | null = null;
    let prevHash: string | null = null;
    if (instanceKey !== null) {
      const head = heads.get(instanceKey) ?? { sequence: 0, hash: null };
      sequence = head.sequence + 1;
      prevHash = head.hash;
    }
    const content: ChainedContent = {
      instanceKey,
      sequence,
      recordType: record.recordType,
      intent: record.intent,
      recordVersion: record.version,
      key: record.key,
      elementId: record.recordType === 'EVENT' ? (record.elementId ?? null) : null,
      elementInstanceKey: record.recordType === 'EVENT' ? (record.elementInstanceKey ?? null) : null,
      time: new Date(record.time).toISOString(),
      actor,
      value: record.value,
    };
    const hash = chainHash(prevHash, content);
    if (instanceKey !== null) heads.set(instanceKey, { sequence: sequence!, hash });
    return { ...content, hash, prevHash };
  });
}

/**
 * The INSERT of chained rows passed as one JSON parameter (`param`, e.g. `$1`), in batch order,
 * returning their positions. Positions come from a sequence drawn in insert order.
 */
export function insertRecordsSql(param: string): string {
  return `INSERT INTO event_record (instance_key, sequence, record_type, intent, record_version, key, element_id,
       element_instance_key, logical_time, actor, value, prev_hash, hash)
     SELECT (d->>'instanceKey')::bigint, (d->>'sequence')::integer, d->>'recordType', d->>'intent',
       (d->>'recordVersion')::smallint, (d->>'key')::bigint, d->>'elementId', (d->>'elementInstanceKey')::bigint,
       (d->>'time')::timestamptz, d->'actor', d->'value', d->>'prevHash', d->>'hash'
     FROM jsonb_array_elements(${param}::jsonb) WITH ORDINALITY AS t(d, ordinality) ORDER BY ordinality
     RETURNING position`;
}

/** Gives chained rows their positions (returned in any order; sorting restores the batch order). */
export function positioned(rows: ChainedRow[], positions: (string | number)[]): StoredRecord[] {
  const sorted = positions.map(Number).sort((a, b) => a - b);
  return rows.map((row, index) => ({ ...row, position: sorted[index] }));
}

/** A row of `event_record` as the driver returns it. */
export interface RecordRow {
  position: string;
  instance_key: string | null;
  sequence: number | null;
  record_type: string;
  intent: string;
  record_version: number;
  key: string;
  element_id: string | null;
  element_instance_key: string | null;
  logical_time: Date;
  actor: unknown;
  value: unknown;
  prev_hash: string | null;
  hash: string;
}

export const toStoredRecord = (row: RecordRow): StoredRecord => ({
  position: Number(row.position),
  instanceKey: row.instance_key === null ? null : Number(row.instance_key),
  sequence: row.sequence,
  recordType: row.record_type,
  intent: row.intent,
  recordVersion: row.record_version,
  key: Number(row.key),
  elementId: row.element_id,
  elementInstanceKey: row.element_instance_key === null ? null : Number(row.element_instance_key),
  time: row.logical_time.toISOString(),
  actor: row.actor,
  value: row.value,
  prevHash: row.prev_hash,
  hash: row.hash,
});

/** Records matching a condition (an SQL fragment with its parameters). */
export async function readRecordsWhere(db: EntityManager, where: string, params: unknown[]): Promise<StoredRecord[]> {
  const rows: RecordRow[] = await db.query(`SELECT * FROM event_record WHERE ${where}`, params);
  return rows.map(toStoredRecord);
}

/** Instances' records, each instance in sequence order. */
export function readInstanceRecords(db: EntityManager, instanceKeys: readonly number[]): Promise<StoredRecord[]> {
  if (instanceKeys.length === 0) return Promise.resolve([]);
  return readRecordsWhere(db, `instance_key = ANY($1::bigint[]) ORDER BY instance_key, sequence`, [instanceKeys]);
}

/** Turns a stored record back into the engine's record shape, for replay. */
export function toEngineRecord(stored: StoredRecord): EngineRecord {
  const base = {
    position: stored.position,
    version: stored.recordVersion,
    time: Date.parse(stored.time),
    key: stored.key,
    ...(stored.instanceKey !== null ? { instanceKey: stored.instanceKey } : {}),
  };
  if (stored.recordType === 'REJECTION') {
    return { ...base, recordType: 'REJECTION', intent: 'COMMAND_REJECTED', value: stored.value } as EngineRecord;
  }
  return {
    ...base,
    recordType: 'EVENT',
    intent: stored.intent,
    ...(stored.elementId !== null ? { elementId: stored.elementId } : {}),
    ...(stored.elementInstanceKey !== null ? { elementInstanceKey: stored.elementInstanceKey } : {}),
    value: stored.value,
  } as EngineRecord;
}
