import type { Intent } from '../../protocol/intent.js';
import type { EventRecord } from '../../protocol/record.js';
import type { EngineState } from '../engine-state.js';

/** Applies one event record to the state: the only way state changes. */
export type Applier<I extends Intent> = (state: EngineState, record: EventRecord<I>) => void;

/** One applier per intent; the compiler names a missing one. */
export type ApplierRegistry = { [I in Intent]: Applier<I> };

/** An applier for audit-only records that change nothing. */
export const noStateChange = (): void => undefined;
