import type { ElementInstanceState } from '../../state/engine-state.js';
import type { Batch } from '../batch.js';
import { activateElement } from './activation.behaviour.js';

/**
 * Starts the compensation handlers of the completed activities of a scope (all, or the one named),
 * most recent first. `waiter` is told through `onCompensationDone` when the last handler finished.
 * Returns false when there was nothing to compensate.
 */
export function startCompensation(batch: Batch, waiter: ElementInstanceState, scopeKey: number, activityRef?: string): boolean {
  const scope = batch.state.elementInstances.get(scopeKey);
  const entries = (scope?.compensable ?? []).filter((entry) => !activityRef || entry.activityId === activityRef).reverse();
  if (!scope || entries.length === 0) return false;
  batch.emit('COMPENSATION_STARTED', batch.newKey(), { scopeKey, activityIds: entries.map((entry) => entry.activityId) }, { instanceKey: scope.instanceKey, elementId: waiter.elementId, elementInstanceKey: waiter.key });
  for (const entry of entries) {
    activateElement(batch, { type: 'activate', scopeKey, elementId: entry.handlerId, compensationWaiter: waiter.key });
  }
  return true;
}
