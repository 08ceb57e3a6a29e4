import { startContainer } from '../behaviour/scope.behaviour.js';
import type { ElementProcessor } from '../types.js';

/** The process itself: the root scope of an instance. */
export const processProcessor: ElementProcessor = {
  onActivated(batch, instance, element, step) {
    startContainer(batch, instance, element, step);
  },
};
