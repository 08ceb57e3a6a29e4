import { completeElement } from '../behaviour/completion.behaviour.js';
import { selectFlows } from '../behaviour/flow.behaviour.js';
import type { ElementProcessor } from '../types.js';

/** Exclusive gateway: the first outgoing flow whose condition holds, else the default flow, else an incident. */
export const exclusiveGatewayProcessor: ElementProcessor = {
  onActivated(batch, instance, element) {
    const flows = element.outgoing.length === 0 ? [] : selectFlows(batch, instance, element, true).slice(0, 1);
    completeElement(batch, instance.key, { flows });
  },
};
