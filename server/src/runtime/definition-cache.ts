import type { DataSource, EntityManager } from 'typeorm';
import { compileDeployment } from '../engine/model/compile.js';
import type { DeployedProcess } from '../engine/model/executable-model.js';
import type { Engine } from '../engine/processing/engine.js';
import type { EngineRecord, RecordValues } from '../engine/protocol/index.js';
import { replay } from '../engine/state/replay.js';
import { toEngineRecord } from '../persistence/event-store.js';
import { readDeploymentRecords, lastDeploymentPosition } from '../persistence/runtime.repository.js';

/** The PostgreSQL channel on which writers of deployment records announce them. */
export const DEFINITIONS_CHANNEL = 'hito_definitions';

/** The pg client this cache listens with. */
interface ListeningClient {
  query(sql: string): Promise<unknown>;
  on(event: 'notification' | 'error' | 'end', listener: () => void): void;
  removeAllListeners(event: string): void;
  release(): void;
}

/**
 * What every engine batch needs besides its instances: the deployed processes (compiled once per
 * server process) and the records that belong to no instance (deployments, timer start events).
 * Another server process may deploy at any time, so the cache catches up from the log before use.
 */
export class DefinitionCache {
  private readonly records: EngineRecord[] = [];
  private readonly models = new Map<number, DeployedProcess>();
  private position = 0;
  private refreshing?: Promise<void>;
  /** Whether a notification channel tells this cache when the log it mirrors grew. */
  private watching = false;
  private stale = true;
  private stopWatching?: () => void;

  constructor(private readonly moddleExtensions: Record<string, unknown>) {}

  /**
   * Listens on PostgreSQL's `hito_definitions` channel, so that transactions skip the check for new
   * deployment records until one is announced (by any server process). Without it, or after the
   * channel fails, every refresh checks the log.
   */
  async watch(dataSource: DataSource): Promise<void> {
    const pool = (dataSource.driver as unknown as { master?: { connect(): Promise<ListeningClient> } }).master;
    if (!pool) return;
    const client = await pool.connect();
    const lost = () => {
      this.watching = false;
      this.stale = true;
    };
    client.on('notification', () => (this.stale = true));
    client.on('error', lost);
    client.on('end', lost);
    await client.query(`LISTEN ${DEFINITIONS_CHANNEL}`);
    this.watching = true;
    this.stopWatching = () => {
      lost();
      client.removeAllListeners('notification');
      client.release();
    };
  }

  /** Stops listening (before the connection pool closes). */
  unwatch(): void {
    this.stopWatching?.();
    this.stopWatching = undefined;
  }

  /** The log may have grown: check it at the next refresh (this server process just wrote to it). */
  markStale(): void {
    this.stale = true;
  }

  /**
   * Reads records written since the last refresh, compiling newly deployed processes. One refresh
   * at a time: a caller arriving during another's waits for it, so no batch runs on a half-read cache.
   */
  async refresh(db: EntityManager): Promise<void> {
    while (this.refreshing) await this.refreshing;
    if (this.watching && !this.stale) return;
    // Cleared before reading: a notification arriving meanwhile marks it stale again.
    this.stale = false;
    this.refreshing = this.check(db)
      .catch((error: unknown) => {
        this.stale = true;
        throw error;
      })
      .finally(() => (this.refreshing = undefined));
    await this.refreshing;
  }

  private async check(db: EntityManager): Promise<void> {
    if ((await lastDeploymentPosition(db)) > this.position) await this.catchUp(db);
  }

  /** Gives an engine the deployed processes and the instance-independent state. */
  seed(engine: Engine): void {
    for (const [key, model] of this.models) engine.models.set(key, model);
    replay(this.records, engine.state);
  }

  private async catchUp(db: EntityManager): Promise<void> {
    const stored = await readDeploymentRecords(db, this.position);
    for (const record of stored) {
      const engineRecord = toEngineRecord(record);
      if (engineRecord.recordType === 'EVENT' && engineRecord.intent === 'PROCESS_DEPLOYED') {
        await this.compile(engineRecord.value as RecordValues['PROCESS_DEPLOYED']);
      }
      this.records.push(engineRecord);
      this.position = record.position;
    }
  }

  private async compile(value: RecordValues['PROCESS_DEPLOYED']): Promise<void> {
    if (this.models.has(value.processKey)) return;
    const compiled = await compileDeployment([{ name: value.resourceName, xml: value.resource }], {
      scriptSupport: () => true,
      knownProcessIds: [value.bpmnProcessId],
      moddleExtensions: this.moddleExtensions,
    });
    const process = compiled.processes.find((candidate) => candidate.model.id === value.bpmnProcessId);
    if (!process) throw new Error(`Deployed process ${value.bpmnProcessId} v${value.version} no longer compiles`);
    this.models.set(value.processKey, { processKey: value.processKey, bpmnProcessId: value.bpmnProcessId, version: value.version, model: process.model });
  }
}
