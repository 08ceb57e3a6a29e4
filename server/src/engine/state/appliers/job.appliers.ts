import type { Applier } from './applier.js';

/** A job is created for an outside worker. */
export const jobCreated: Applier<'JOB_CREATED'> = (state, record) => {
  state.jobs.set(record.key, {
    key: record.key,
    instanceKey: record.instanceKey!,
    elementInstanceKey: record.elementInstanceKey!,
    elementId: record.elementId!,
    type: record.value.type,
    retries: record.value.retries,
    headers: record.value.headers,
    state: 'created',
  });
  const element = state.elementInstances.get(record.elementInstanceKey!);
  if (element) element.jobKey = record.key;
};

/** A job ended. */
export const jobCompleted: Applier<'JOB_COMPLETED'> = (state, record) => {
  const job = state.jobs.get(record.key);
  if (job) job.state = 'completed';
};

/** A job failed; with retries left it may be worked again. */
export const jobFailed: Applier<'JOB_FAILED'> = (state, record) => {
  const job = state.jobs.get(record.key);
  if (!job) return;
  job.retries = record.value.retries;
  job.state = record.value.retries > 0 ? 'created' : 'failed';
};

/** A job was cancelled with its element. */
export const jobCanceled: Applier<'JOB_CANCELED'> = (state, record) => {
  const job = state.jobs.get(record.key);
  if (job) job.state = 'cancelled';
};
