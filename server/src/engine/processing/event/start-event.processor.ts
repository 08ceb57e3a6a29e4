import type { ElementProcessor } from '../types.js';

/** Start event: passes the trigger's variables to its scope and completes. */
export const startEventProcessor: ElementProcessor = {
  onActivated(batch, instance, _element, step) {
    batch.enqueue({ type: 'complete', key: instance.key, variables: step.payload?.variables });
  },
};
