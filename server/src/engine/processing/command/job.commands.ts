import { refusal } from '../../lifecycle/lifecycle-table.js';
import type { Command, CompleteJobCommand, FailJobCommand, ThrowJobErrorCommand } from '../../protocol/command.js';
import type { JobState } from '../../state/engine-state.js';
import type { Batch } from '../batch.js';
import { completeElement } from '../behaviour/completion.behaviour.js';
import { throwError } from '../behaviour/error-propagation.behaviour.js';
import { raiseIncident } from '../behaviour/incident.behaviour.js';
import { requireRunning } from './command-handler.js';

function findJob(batch: Batch, command: Command & { jobKey: number }, event: string): JobState | undefined {
  const job = batch.state.jobs.get(command.jobKey);
  if (!job) {
    batch.reject(command, `Expected to find job ${command.jobKey}, but none was found`, command.jobKey);
    return undefined;
  }
  const reason = refusal('job', job.state, event);
  if (reason) {
    batch.reject(command, reason, job.key, job.instanceKey);
    return undefined;
  }
  return requireRunning(batch, command, job.instanceKey) ? job : undefined;
}

const target = (job: JobState) => ({ instanceKey: job.instanceKey, elementId: job.elementId, elementInstanceKey: job.elementInstanceKey });

/** A worker completed a job: its element completes with the job's variables. */
export function completeJobCommand(batch: Batch, command: CompleteJobCommand): void {
  const job = findJob(batch, command, 'complete');
  if (!job) return;
  batch.emit('JOB_COMPLETED', job.key, { variables: command.variables ?? {} }, target(job));
  completeElement(batch, job.elementInstanceKey, { variables: command.variables });
}

/** A worker failed a job: with no retries left, an incident. */
export function failJobCommand(batch: Batch, command: FailJobCommand): void {
  const job = findJob(batch, command, command.retries > 0 ? 'retry' : 'fail');
  if (!job) return;
  const message = command.message ?? 'The job failed.';
  batch.emit('JOB_FAILED', job.key, { retries: command.retries, message }, target(job));
  const element = batch.state.elementInstances.get(job.elementInstanceKey);
  if (command.retries <= 0 && element) raiseIncident(batch, element, 'JOB_NO_RETRIES', message);
}

/** A worker reported a BPMN error: it is thrown from the job's element. */
export function throwJobErrorCommand(batch: Batch, command: ThrowJobErrorCommand): void {
  const job = findJob(batch, command, 'throwError');
  if (!job) return;
  batch.emit('JOB_COMPLETED', job.key, { variables: {} }, target(job));
  throwError(batch, job.elementInstanceKey, command.errorCode, command.message);
}
