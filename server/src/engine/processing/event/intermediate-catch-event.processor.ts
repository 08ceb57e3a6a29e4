import { takeOutgoing } from '../behaviour/flow.behaviour.js';
import { openElementSubscriptions } from '../behaviour/subscription.behaviour.js';
import type { ElementProcessor } from '../types.js';

/**
 * Intermediate catch event: waits for its timer, message, signal or condition (all of them when
 * parallel-multiple). A repeating timer passes a token on at every firing and completes with the
 * last. Entered by a link or an event-based gateway, it has already been triggered.
 */
export const intermediateCatchEventProcessor: ElementProcessor = {
  onActivated(batch, instance, element, step) {
    if (step.payload || element.eventDefinitions.every((definition) => definition.type === 'link')) {
      batch.enqueue({ type: 'complete', key: instance.key, variables: step.payload?.variables });
      return;
    }
    openElementSubscriptions(batch, instance, element);
  },
  onTriggered(batch, instance, element, trigger) {
    if (element.parallelMultiple && element.eventDefinitions.length > 1) {
      batch.emitFor('EVENT_TRIGGER_RECORDED', instance, { definitionIndex: trigger.definitionIndex });
      const fired = new Set(batch.state.elementInstances.get(instance.key)?.triggeredDefinitions ?? []);
      if (fired.size < element.eventDefinitions.length) return;
    } else if (trigger.repeats) {
      takeOutgoing(batch, instance, element);
      return;
    }
    batch.enqueue({ type: 'complete', key: instance.key, variables: trigger.payload.variables });
  },
};
