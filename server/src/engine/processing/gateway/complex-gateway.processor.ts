import { completeElement } from '../behaviour/completion.behaviour.js';
import { selectFlows } from '../behaviour/flow.behaviour.js';
import type { ElementProcessor } from '../types.js';

/**
 * Complex gateway: splits like an inclusive gateway; joins when its activation condition over
 * `activationCount` holds, then absorbs the late tokens until it resets (see the join behaviour).
 */
export const complexGatewayProcessor: ElementProcessor = {
  onActivated(batch, instance, element) {
    const flows = element.outgoing.length === 0 ? [] : selectFlows(batch, instance, element, false);
    completeElement(batch, instance.key, { flows });
  },
};
