import { cancelJob, createJob } from '../behaviour/job.behaviour.js';
import { publishFromInstance } from '../behaviour/signal-message.behaviour.js';
import type { ElementProcessor } from '../types.js';

/**
 * Send task: publishes its message and completes. With `hito:taskDefinition` (or without a
 * message) it is a job, like a service task.
 */
export const sendTaskProcessor: ElementProcessor = {
  onActivated(batch, instance, element) {
    if (element.jobType || !element.messageName) return createJob(batch, instance, element.jobType ?? 'send-task', element.headers);
    publishFromInstance(batch, instance, element.messageName, element.correlationKey);
    batch.enqueue({ type: 'complete', key: instance.key });
  },
  onTerminating: cancelJob,
};
