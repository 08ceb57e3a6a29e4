import { cancelJob, createJob } from '../behaviour/job.behaviour.js';
import { DEFAULT_JOB_TYPE } from '../../model/transform/task.transformer.js';
import type { ElementProcessor } from '../types.js';

/** Service task: a job for an outside worker; the element waits for `CompleteJob`. */
export const serviceTaskProcessor: ElementProcessor = {
  onActivated(batch, instance, element) {
    createJob(batch, instance, element.jobType ?? DEFAULT_JOB_TYPE, element.headers);
  },
  onTerminating: cancelJob,
};
