import type { ElementInstanceState } from '../../state/engine-state.js';
import type { Batch } from '../batch.js';

/** Default number of attempts a worker gets before an incident. */
export const DEFAULT_RETRIES = 3;

/** Creates a job for the element instance; an outside worker completes it. */
export function createJob(batch: Batch, instance: ElementInstanceState, type: string, headers: Record<string, string>): void {
  batch.emit('JOB_CREATED', batch.newKey(), { type, retries: DEFAULT_RETRIES, headers }, {
    instanceKey: instance.instanceKey,
    elementId: instance.elementId,
    elementInstanceKey: instance.key,
  });
}

/** Cancels the element instance's open job, if any (the element is terminated). */
export function cancelJob(batch: Batch, instance: ElementInstanceState): void {
  const job = instance.jobKey !== undefined ? batch.state.jobs.get(instance.jobKey) : undefined;
  if (!job || (job.state !== 'created' && job.state !== 'failed')) return;
  batch.emit('JOB_CANCELED', job.key, {}, { instanceKey: job.instanceKey, elementId: job.elementId, elementInstanceKey: job.elementInstanceKey });
}
