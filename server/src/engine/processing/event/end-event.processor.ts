import { cancelJob } from '../behaviour/job.behaviour.js';
import type { ElementProcessor } from '../types.js';
import { cancelTransaction, throwAndComplete } from './event-throw.behaviour.js';

/** End event: none, message, signal, error, escalation, terminate, compensation or cancel. */
export const endEventProcessor: ElementProcessor = {
  onActivated(batch, instance, element) {
    throwAndComplete(batch, instance, element);
  },
  onTerminating: cancelJob,
  onCompensationDone(batch, instance, element) {
    if (element.eventDefinitions.some((definition) => definition.type === 'cancel')) cancelTransaction(batch, instance);
    else batch.enqueue({ type: 'complete', key: instance.key });
  },
};
