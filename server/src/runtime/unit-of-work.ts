import type { EntityManager } from 'typeorm';
import { Engine, type EngineOptions } from '../engine/processing/engine.js';
import type { BatchResult, Command, EngineRecord, EventRecord } from '../engine/protocol/index.js';
import { replay } from '../engine/state/replay.js';
import type { Clock } from '../engine/time/clock.js';
import { type Actor, chainRecords, type ChainHead, insertRecordsSql, positioned, type StoredRecord, toEngineRecord } from '../persistence/event-store.js';
import { patch } from '../persistence/projection/projection-changes.js';
import { project } from '../persistence/projection/projector.js';
import { projectionStatements, runTogether } from '../persistence/projection/projection.writer.js';
import { lockAndRead } from '../persistence/runtime.repository.js';
import type { InstanceLookup } from './command-targets.js';
import { DEFINITIONS_CHANNEL, type DefinitionCache } from './definition-cache.js';
import { KeyRangeExceededError, NotFoundError } from './errors.js';
import type { KeyRange } from './key-allocator.js';

/** Serialises writers of records that belong to no instance, so they commit in position order. */
const DEPLOYMENT_LOCK = 482_917_001;

/** The engine options a unit passes through from the runtime. */
export type UnitEngineOptions = Pick<EngineOptions, 'scriptHandlers' | 'moddleExtensions' | 'defaultScriptFormat' | 'timeZone' | 'calendars' | 'candidateCheck'>;

/** What a unit of work did, for the caller and for work after commit. */
export interface UnitResult {
  records: EventRecord[];
  stored: StoredRecord[];
  /** Instances created by this unit. */
  createdInstances: number[];
  batches: BatchResult[];
}

/**
 * One transaction's engine: the instances it touches are locked and rebuilt from their records,
 * commands run on them, and on commit the records, chain heads and projections are written.
 */
export class UnitOfWork {
  readonly engine: Engine;
  private readonly heads = new Map<number, ChainHead>();
  private readonly loaded = new Set<number>();
  private readonly records: EngineRecord[] = [];
  private readonly batches: BatchResult[] = [];

  constructor(
    private readonly db: EntityManager,
    clock: Clock,
    private readonly definitions: DefinitionCache,
    private readonly keys: KeyRange,
    engineOptions: UnitEngineOptions,
  ) {
    this.engine = new Engine({ clock, ...engineOptions });
    definitions.seed(this.engine);
    this.engine.state.nextKey = keys.first;
  }

  /**
   * Locks the instances a command acts on that this unit does not hold yet and rebuilds their
   * state from their records. A lookup for something that must exist and finds nothing is a
   * NotFoundError.
   */
  async load(lookup: InstanceLookup | undefined): Promise<void> {
    if (!lookup) return;
    const { locked, records: stored } = await lockAndRead(this.db, lookup, [...this.loaded]);
    if (locked.length === 0 && lookup.missing && this.loaded.size === 0) {
      throw new NotFoundError(`${lookup.missing} no existe. / ${lookup.missing} was not found.`);
    }
    for (const instance of locked) {
      this.loaded.add(instance.key);
      this.heads.set(instance.key, { sequence: instance.sequence, hash: instance.hash });
    }
    // Replay raises the key generator above the keys it sees, which may come from another server
    // process's block: this unit keeps drawing from its own range.
    const nextKey = this.engine.state.nextKey;
    replay(stored.map(toEngineRecord), this.engine.state);
    this.engine.state.nextKey = nextKey;
  }

  /** Runs one command on the loaded state. */
  process(command: Command): BatchResult {
    const result = this.engine.process(command);
    if (this.engine.state.nextKey > this.keys.end) throw new KeyRangeExceededError();
    this.records.push(...result.records);
    this.batches.push(result);
    return result;
  }

  /** Takes over the records of work done directly on the engine (a deployment). */
  adopt(result: BatchResult): EventRecord[] {
    if (this.engine.state.nextKey > this.keys.end) throw new KeyRangeExceededError();
    this.records.push(...result.records);
    this.batches.push(result);
    return result.records.filter((record): record is EventRecord => record.recordType === 'EVENT');
  }

  /** Records this unit wrote so far. */
  get written(): readonly EngineRecord[] {
    return this.records;
  }

  /** Writes events, chain heads and projections; the caller's transaction commits them. */
  async commit(actor: Actor, instanceFields: Map<number, { business_key?: string | null }> = new Map()): Promise<UnitResult> {
    const events = this.records.filter((record): record is EventRecord => record.recordType === 'EVENT');
    const deploymentRecords = events.some((record) => record.instanceKey === undefined);
    if (deploymentRecords) {
      await this.db.query('SELECT pg_advisory_xact_lock($1), pg_notify($2, \'\')', [DEPLOYMENT_LOCK, DEFINITIONS_CHANNEL]);
      this.definitions.markStale();
    }
    const rows = chainRecords(events, actor, this.heads);
    const changes = project(events, { actorId: actor.id, actor });
    const createdInstances = [...changes.instances.inserted.keys()];
    for (const [key, head] of this.heads) {
      patch(changes.instances, key, { last_sequence: head.sequence, last_hash: head.hash, ...instanceFields.get(key) });
    }
    // Records, chain heads and projections go to PostgreSQL in one statement (one round trip).
    const params: unknown[] = [];
    const bind = (value: unknown) => `$${params.push(value)}`;
    const recordsParam = bind(JSON.stringify(rows));
    const { statements, after } = projectionStatements(changes, bind);
    const inserted = rows.length > 0 ? await runTogether<{ position: string }>(this.db, [insertRecordsSql(recordsParam), ...statements], params) : [];
    for (const statement of after) await this.db.query(statement.sql, statement.params);
    const stored = positioned(rows, inserted.map((row) => row.position));
    return { records: events, stored, createdInstances, batches: this.batches };
  }
}
