import type { ElementProcessor } from '../types.js';

/** Manual tasks and plain tasks: nothing for the engine to do; they complete at once. */
export const manualTaskProcessor: ElementProcessor = {
  onActivated(batch, instance) {
    batch.enqueue({ type: 'complete', key: instance.key });
  },
};
