import { activateElement } from '../behaviour/activation.behaviour.js';
import { completeElement } from '../behaviour/completion.behaviour.js';
import { openElementSubscriptions } from '../behaviour/subscription.behaviour.js';
import type { ElementProcessor } from '../types.js';

/**
 * Event-based gateway: waits for the events that follow it; the first to occur wins, the gateway
 * completes into it and the others are dropped.
 */
export const eventBasedGatewayProcessor: ElementProcessor = {
  onActivated(batch, instance, element) {
    const model = batch.model(instance.instanceKey);
    for (const targetId of element.eventGatewayTargets) openElementSubscriptions(batch, instance, model.elements[targetId]);
  },
  onTriggered(batch, instance, element, trigger) {
    const model = batch.model(instance.instanceKey);
    const flowId = element.outgoing.find((id) => model.flows[id].targetId === trigger.catchElementId)!;
    const scopeKey = instance.parentKey!;
    completeElement(batch, instance.key, { flows: [] });
    batch.emit('SEQUENCE_FLOW_TAKEN', batch.newKey(), { flowId, scopeKey, count: 1 }, { instanceKey: instance.instanceKey, elementId: flowId });
    activateElement(batch, { type: 'activate', scopeKey, elementId: trigger.catchElementId, consumed: { [flowId]: 1 }, payload: trigger.payload });
  },
};
