import { completeElement } from '../behaviour/completion.behaviour.js';
import type { ElementProcessor } from '../types.js';

/** Parallel gateway: every outgoing flow, conditions ignored (it joined all incoming flows to get here). */
export const parallelGatewayProcessor: ElementProcessor = {
  onActivated(batch, instance, element) {
    completeElement(batch, instance.key, { flows: element.outgoing });
  },
};
