import { Logger } from '@nestjs/common';
import { activateJobs, scheduleRetry, type ActivatedJob } from '../../persistence/job.repository.js';
import type { DurableRuntime } from '../durable-runtime.js';
import { CommandRejectedError } from '../errors.js';
import { type Connector, ConnectorBpmnError } from './connector.js';

const LOCK_MS = 60_000;
const BATCH = 20;

/**
 * Runs the built-in job types inside the server: fetch-and-lock (so several server processes share
 * the work), run the connector, and complete the job in the same transaction as the connector's
 * stored side effect. A failure uses up a retry with exponential back-off; with none left the job
 * raises an incident.
 */
export class JobExecutor {
  private readonly logger = new Logger('JobExecutor');
  private readonly worker = `hito-${process.pid}`;

  constructor(private readonly runtime: DurableRuntime, private readonly connectors: Connector[]) {}

  /** Runs every built-in job available now; returns how many ran. */
  async drain(): Promise<number> {
    let ran = 0;
    for (const connector of this.connectors) {
      for (;;) {
        const now = this.runtime.clock.now();
        const jobs = await this.runtime.transaction((db) => activateJobs(db, connector.type, this.worker, BATCH, new Date(now), new Date(now + LOCK_MS)));
        for (const job of jobs) await this.run(connector, job);
        ran += jobs.length;
        if (jobs.length < BATCH) break;
      }
    }
    return ran;
  }

  private async run(connector: Connector, job: ActivatedJob): Promise<void> {
    const actor = { kind: 'worker' as const, id: `${connector.type}@${this.worker}` };
    try {
      const result = await connector.run(job, this.runtime.clock.now());
      await this.runtime.transaction(async (db) => {
        await result.store?.(db);
        await this.runtime.executeIn(db, { type: 'CompleteJob', jobKey: Number(job.key), variables: result.variables ?? {} }, { actor });
      });
      await result.afterCommit?.().catch((error: unknown) => this.logger.warn(`After job ${job.key}: ${error instanceof Error ? error.message : String(error)}`));
    } catch (error) {
      if (error instanceof CommandRejectedError) return; // the job is gone (its element was cancelled)
      if (error instanceof ConnectorBpmnError) {
        await this.runtime.execute({ type: 'ThrowJobError', jobKey: Number(job.key), errorCode: error.errorCode, message: error.message }, { actor });
        return;
      }
      const message = error instanceof Error ? error.message : String(error);
      const retries = Math.max(0, job.retries - 1);
      await this.runtime.transaction(async (db) => {
        await this.runtime.executeIn(db, { type: 'FailJob', jobKey: Number(job.key), retries, message }, { actor });
        if (retries > 0) await scheduleRetry(db, Number(job.key), new Date(this.runtime.clock.now() + 1000 * 2 ** Math.max(0, 3 - retries)));
      });
    }
  }
}
