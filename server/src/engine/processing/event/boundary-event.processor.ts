import type { ElementProcessor } from '../types.js';

/** Boundary event: activated when its trigger fired on the activity; passes the token on. */
export const boundaryEventProcessor: ElementProcessor = {
  onActivated(batch, instance, _element, step) {
    batch.enqueue({ type: 'complete', key: instance.key, variables: step.payload?.variables });
  },
};
