import { openElementSubscriptions } from '../behaviour/subscription.behaviour.js';
import type { ElementProcessor } from '../types.js';

/** Receive task: waits for its message (an instantiating one was started by it and completes at once). */
export const receiveTaskProcessor: ElementProcessor = {
  onActivated(batch, instance, element, step) {
    if (step.payload) return batch.enqueue({ type: 'complete', key: instance.key, variables: step.payload.variables });
    openElementSubscriptions(batch, instance, element);
  },
  onTriggered(batch, instance, _element, trigger) {
    batch.enqueue({ type: 'complete', key: instance.key, variables: trigger.payload.variables });
  },
};
