import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json.js';

/** The content of a stored event record that its hash covers (everything but its global position). */
export interface ChainedContent {
  instanceKey: number | null;
  sequence: number | null;
  recordType: string;
  intent: string;
  recordVersion: number;
  key: number;
  elementId: string | null;
  elementInstanceKey: number | null;
  /** Logical time, ISO-8601 UTC. */
  time: string;
  actor: unknown;
  value: unknown;
}

/**
 * Each record's hash covers its content and the previous record's hash of the same instance, so
 * altering, removing or reordering any record breaks every hash after it.
 */
export function chainHash(previousHash: string | null, content: ChainedContent): string {
  return createHash('sha256')
    .update(previousHash ?? '')
    .update('\n')
    .update(canonicalJson(content))
    .digest('hex');
}

/** Exactly the fields a hash covers, whatever else the record carries. */
export function chainedContent(record: ChainedContent): ChainedContent {
  const { instanceKey, sequence, recordType, intent, recordVersion, key, elementId, elementInstanceKey, time, actor, value } = record;
  return { instanceKey, sequence, recordType, intent, recordVersion, key, elementId, elementInstanceKey, time, actor, value };
}

/** Where a chain stops being valid, or that it is intact. */
export type ChainVerdict = { valid: true; records: number } | { valid: false; records: number; brokenAt: number; reason: string };

/** Recomputes a chain in sequence order and reports the first record whose hash does not match. */
export function verifyChain(records: readonly (ChainedContent & { hash: string; prevHash: string | null })[]): ChainVerdict {
  let previous: string | null = null;
  for (const [index, record] of records.entries()) {
    const sequence = record.sequence ?? index + 1;
    if (record.sequence !== null && record.sequence !== index + 1) {
      return { valid: false, records: records.length, brokenAt: index + 1, reason: `record ${index + 1} has sequence ${record.sequence}: a record is missing or out of order` };
    }
    if (record.prevHash !== previous) {
      return { valid: false, records: records.length, brokenAt: sequence, reason: `record ${sequence} does not follow the hash of record ${sequence - 1}` };
    }
    const expected = chainHash(previous, chainedContent(record));
    if (expected !== record.hash) {
      return { valid: false, records: records.length, brokenAt: sequence, reason: `record ${sequence} (${record.intent}) was altered: its content does not match its hash` };
    }
    previous = record.hash;
  }
  return { valid: true, records: records.length };
}
