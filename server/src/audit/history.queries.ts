import type { EntityManager } from 'typeorm';
import { readRecordsWhere, type StoredRecord } from '../persistence/event-store.js';
import { verifyChain, type ChainVerdict } from './hash-chain.js';

export interface HistoryFilter {
  elementId?: string;
  /** The id of the person, worker or timer that caused the records. */
  actor?: string;
  from?: Date;
  to?: Date;
}

/** A record as auditors see it. */
export interface HistoryRecord {
  position: number;
  sequence: number | null;
  intent: string;
  key: string;
  elementId: string | null;
  elementInstanceKey: string | null;
  time: string;
  actor: unknown;
  value: unknown;
  hash: string;
}

const toHistory = (record: StoredRecord): HistoryRecord => ({
  position: record.position,
  sequence: record.sequence,
  intent: record.intent,
  key: String(record.key),
  elementId: record.elementId,
  elementInstanceKey: record.elementInstanceKey === null ? null : String(record.elementInstanceKey),
  time: record.time,
  actor: record.actor,
  value: record.value,
  hash: record.hash,
});

/** History and integrity of instances, straight from the event log. */
export const historyQueries = {
  async records(db: EntityManager, instanceKey: number, filter: HistoryFilter = {}): Promise<HistoryRecord[]> {
    const params: unknown[] = [instanceKey];
    const where = ['instance_key = $1'];
    if (filter.elementId) where.push(`element_id = $${params.push(filter.elementId)}`);
    if (filter.actor) where.push(`actor->>'id' = $${params.push(filter.actor)}`);
    if (filter.from) where.push(`logical_time >= $${params.push(filter.from)}`);
    if (filter.to) where.push(`logical_time <= $${params.push(filter.to)}`);
    const records = await readRecordsWhere(db, `${where.join(' AND ')} ORDER BY sequence`, params);
    return records.map(toHistory);
  },

  /** Recomputes the instance's hash chain from its stored records. */
  async verify(db: EntityManager, instanceKey: number): Promise<ChainVerdict> {
    const records = await readRecordsWhere(db, `instance_key = $1 ORDER BY sequence`, [instanceKey]);
    return verifyChain(records);
  },
};
