import type { Batch } from './batch.js';
import { activateElement } from './behaviour/activation.behaviour.js';
import { completeElement } from './behaviour/completion.behaviour.js';
import { guarded } from './behaviour/incident.behaviour.js';
import { arrive } from './behaviour/join.behaviour.js';
import { continueScope } from './behaviour/scope.behaviour.js';
import { broadcastFromInstance } from './behaviour/signal-message.behaviour.js';
import { triggerSubscription } from './behaviour/trigger.behaviour.js';
import type { Step } from './types.js';

/** Runs one internal step of a batch. */
export function runStep(batch: Batch, step: Step): void {
  switch (step.type) {
    case 'activate':
      activateElement(batch, step);
      return;
    case 'arrive':
      arrive(batch, step.scopeKey, step.flowId);
      return;
    case 'complete': {
      const instance = batch.state.elementInstances.get(step.key);
      if (instance) guarded(batch, instance, 'PROCESSING_ERROR', () => completeElement(batch, step.key, { variables: step.variables }));
      return;
    }
    case 'continueScope':
      continueScope(batch, step.key);
      return;
    case 'broadcastSignal':
      broadcastFromInstance(batch, step.instanceKey, step.name, step.variables);
      return;
    case 'trigger':
      triggerSubscription(batch, step.subscriptionKey, step.variables);
      return;
  }
}
