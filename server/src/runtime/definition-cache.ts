import type { EntityManager } from 'typeorm';
import { compileDeployment } from '../engine/model/compile.js';
import type { DeployedProcess } from '../engine/model/executable-model.js';
import type { Engine } from '../engine/processing/engine.js';
import type { EngineRecord, RecordValues } from '../engine/protocol/index.js';
import { replay } from '../engine/state/replay.js';
import { toEngineRecord } from '../persistence/event-store.js';
import { readDeploymentRecords, lastDeploymentPosition } from '../persistence/runtime.repository.js';

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

  constructor(private readonly moddleExtensions: Record<string, unknown>) {}

  /** Reads records written since the last refresh, compiling newly deployed processes. */
  async refresh(db: EntityManager): Promise<void> {
    const latest = await lastDeploymentPosition(db);
    if (latest <= this.position) return;
    // One catch-up at a time; concurrent callers wait for it and check again.
    while (this.refreshing) await this.refreshing;
    if (latest <= this.position) return;
    this.refreshing = this.catchUp(db).finally(() => (this.refreshing = undefined));
    await this.refreshing;
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
