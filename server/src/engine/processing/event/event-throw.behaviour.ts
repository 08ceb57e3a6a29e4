import type { ExecutableElement } from '../../model/executable-model.js';
import type { ElementInstanceState } from '../../state/engine-state.js';
import type { Batch } from '../batch.js';
import { startCompensation } from '../behaviour/compensation.behaviour.js';
import { throwError, throwEscalation } from '../behaviour/error-propagation.behaviour.js';
import { createJob } from '../behaviour/job.behaviour.js';
import { publishFromInstance } from '../behaviour/signal-message.behaviour.js';
import { absorbPendingTokens, terminateElement } from '../behaviour/termination.behaviour.js';

/**
 * Throws what an end or intermediate throw event defines and completes it, unless it must wait
 * (compensation with waitForCompletion, cancel) or was interrupted by its own throw.
 */
export function throwAndComplete(batch: Batch, instance: ElementInstanceState, element: ExecutableElement): void {
  let wait = false;
  for (const definition of element.eventDefinitions) {
    switch (definition.type) {
      case 'signal':
        batch.enqueue({ type: 'broadcastSignal', instanceKey: instance.instanceKey, name: definition.signalName, variables: {} });
        break;
      case 'message':
        // With hito:taskDefinition a worker sends the message: the event waits for its job.
        if (element.jobType) {
          createJob(batch, instance, element.jobType, element.headers);
          wait = true;
        } else publishFromInstance(batch, instance, definition.messageName, definition.correlationKey);
        break;
      case 'escalation':
        throwEscalation(batch, instance.parentKey!, definition.escalationCode);
        break;
      case 'error':
        throwError(batch, instance.parentKey!, definition.errorCode);
        return;
      case 'terminate':
        terminateScope(batch, instance);
        break;
      case 'compensate':
        if (startCompensation(batch, instance, instance.parentKey!, definition.activityRef) && definition.waitForCompletion) wait = true;
        break;
      case 'cancel':
        if (!startCompensation(batch, instance, instance.parentKey!)) cancelTransaction(batch, instance);
        return;
      default:
        break;
    }
  }
  if (!wait) batch.enqueue({ type: 'complete', key: instance.key });
}

/** Terminate end event: everything else in the scope ends; the scope then completes. */
function terminateScope(batch: Batch, instance: ElementInstanceState): void {
  const scope = batch.state.elementInstances.get(instance.parentKey!);
  if (!scope) return;
  for (const child of batch.state.children(scope.key)) if (child !== instance.key) terminateElement(batch, child);
  absorbPendingTokens(batch, scope);
}

/**
 * Cancel end event (after compensation): the enclosing transaction is terminated and its cancel
 * boundary event takes over.
 */
export function cancelTransaction(batch: Batch, instance: ElementInstanceState): void {
  let transaction = batch.state.elementInstances.get(instance.parentKey!);
  while (transaction && batch.element(transaction).kind !== 'transaction') {
    transaction = transaction.parentKey !== undefined ? batch.state.elementInstances.get(transaction.parentKey) : undefined;
  }
  if (!transaction || transaction.parentKey === undefined) return;
  const element = batch.element(transaction);
  const model = batch.model(transaction.instanceKey);
  const boundaryId = element.boundaryEvents.find((id) => model.elements[id].eventDefinitions.some((d) => d.type === 'cancel'));
  const parentKey = transaction.parentKey;
  terminateElement(batch, transaction.key);
  if (boundaryId) batch.enqueue({ type: 'activate', scopeKey: parentKey, elementId: boundaryId, payload: {} });
  else batch.enqueue({ type: 'continueScope', key: parentKey });
}
