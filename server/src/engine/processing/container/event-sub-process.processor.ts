import { startContainer } from '../behaviour/scope.behaviour.js';
import type { ElementProcessor } from '../types.js';

/** Event sub-process: started at its triggered start event with the trigger's payload. */
export const eventSubProcessProcessor: ElementProcessor = {
  onActivated(batch, instance, element, step) {
    startContainer(batch, instance, element, step);
  },
};
