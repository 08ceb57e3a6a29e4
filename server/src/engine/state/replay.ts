import type { EngineRecord } from '../protocol/record.js';
import { applyRecord } from './appliers/registry.js';
import { EngineState } from './engine-state.js';

/**
 * Rebuilds state from a log: every event record through its applier, rejections only advancing
 * the position. Live processing applies the same records the same way, so the results are equal.
 */
export function replay(records: Iterable<EngineRecord>, into: EngineState = new EngineState()): EngineState {
  for (const record of records) {
    if (record.recordType === 'EVENT') applyRecord(into, record);
    else into.position = record.position;
  }
  return into;
}
