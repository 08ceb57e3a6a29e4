import { completeElement } from '../behaviour/completion.behaviour.js';
import { selectFlows } from '../behaviour/flow.behaviour.js';
import type { ElementProcessor } from '../types.js';

/**
 * Inclusive gateway: every outgoing flow whose condition holds, the default flow when none does.
 * As a join it was activated only once no further token could reach it (see the join behaviour).
 */
export const inclusiveGatewayProcessor: ElementProcessor = {
  onActivated(batch, instance, element) {
    const flows = element.outgoing.length === 0 ? [] : selectFlows(batch, instance, element, false);
    completeElement(batch, instance.key, { flows });
  },
};
