import { cancelJob } from '../behaviour/job.behaviour.js';
import type { ElementProcessor } from '../types.js';
import { throwAndComplete } from './event-throw.behaviour.js';

/** Intermediate throw event: none, message, signal, escalation, compensation or link. */
export const intermediateThrowEventProcessor: ElementProcessor = {
  onActivated(batch, instance, element) {
    throwAndComplete(batch, instance, element);
  },
  leave(batch, instance, element) {
    if (element.linkTargetId) {
      batch.enqueue({ type: 'activate', scopeKey: instance.parentKey!, elementId: element.linkTargetId, payload: {} });
      return;
    }
    for (const flowId of element.outgoing) {
      batch.emit('SEQUENCE_FLOW_TAKEN', batch.newKey(), { flowId, scopeKey: instance.parentKey!, count: 1 }, { instanceKey: instance.instanceKey, elementId: flowId });
      batch.enqueue({ type: 'arrive', scopeKey: instance.parentKey!, flowId });
    }
  },
  onTerminating: cancelJob,
  onCompensationDone(batch, instance) {
    batch.enqueue({ type: 'complete', key: instance.key });
  },
};
