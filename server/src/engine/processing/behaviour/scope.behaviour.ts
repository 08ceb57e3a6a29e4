import type { ExecutableElement } from '../../model/executable-model.js';
import type { ElementInstanceState } from '../../state/engine-state.js';
import type { Batch } from '../batch.js';
import type { ActivateStep } from '../types.js';
import { completeElement } from './completion.behaviour.js';
import { retryWaitingJoins } from './join.behaviour.js';
import { openEventSubProcessSubscriptions } from './subscription.behaviour.js';
import { setLocalVariable } from './variables.behaviour.js';

/**
 * Something ended inside a scope: waiting OR-joins may fire now, and a scope with no running child
 * and no token left is done (its processor decides what "done" means).
 */
export function continueScope(batch: Batch, key: number): void {
  let scope = batch.state.elementInstances.get(key);
  if (!scope || scope.state !== 'activated') return;
  if (Object.keys(scope.pendingFlows).length > 0) {
    retryWaitingJoins(batch, scope);
    scope = batch.state.elementInstances.get(key);
    if (!scope || scope.state !== 'activated') return;
  }
  if (scope.activeChildren > 0 || Object.keys(scope.pendingFlows).length > 0) return;
  const processor = batch.processor(scope);
  if (processor.onScopeQuiet) processor.onScopeQuiet(batch, scope, batch.element(scope));
  else completeElement(batch, scope.key);
}

/**
 * Starts a container (process, sub-process, transaction, event sub-process): data objects,
 * event sub-process subscriptions, then its start: the given start element with the trigger's
 * payload, or every none start event.
 */
export function startContainer(batch: Batch, instance: ElementInstanceState, element: ExecutableElement, step: ActivateStep): void {
  for (const name of element.dataObjects) setLocalVariable(batch, instance.key, instance.instanceKey, name, null);
  if (element.eventSubProcesses.length > 0) openEventSubProcessSubscriptions(batch, instance, element);
  if (step.startAt) {
    batch.enqueue({ type: 'activate', scopeKey: instance.key, elementId: step.startAt, payload: step.payload ?? {} });
    return;
  }
  if (element.noneStartEvents.length === 0) {
    throw new Error(`"${element.id}" has no none start event to start from.`);
  }
  for (const startId of element.noneStartEvents) batch.enqueue({ type: 'activate', scopeKey: instance.key, elementId: startId });
}
