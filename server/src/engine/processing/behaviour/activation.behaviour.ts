import { nextState } from '../../lifecycle/lifecycle-table.js';
import type { ExecutableElement } from '../../model/executable-model.js';
import type { ElementInstanceState } from '../../state/engine-state.js';
import type { Batch } from '../batch.js';
import type { ActivateStep } from '../types.js';
import { guarded } from './incident.behaviour.js';
import { openBoundarySubscriptions } from './subscription.behaviour.js';
import { applyMappings, setLocalVariable } from './variables.behaviour.js';

/**
 * Activates an element in a scope: ACTIVATING, input mappings, ACTIVATED, boundary subscriptions,
 * then the element's processor. Elements with loop or multi-instance characteristics get a body
 * instance first; the iterations are its children. Returns the new instance, if any.
 */
export function activateElement(batch: Batch, step: ActivateStep): ElementInstanceState | undefined {
  const scope = batch.state.elementInstances.get(step.scopeKey);
  if (!scope || scope.state !== 'activated') return undefined;
  if (scope.interrupted && !step.interruptsScope) return undefined;
  if (step.consumed && !hasTokens(scope.pendingFlows, step.consumed)) return undefined;
  const element = batch.model(scope.instanceKey).elements[step.elementId];
  const body = !step.inner && (element.loop ? 'loop' : element.multiInstance ? 'multi-instance' : undefined);
  const key = batch.newKey();
  batch.emit(
    'ELEMENT_ACTIVATING',
    key,
    {
      elementKind: element.kind,
      parentKey: scope.key,
      body: body || undefined,
      consumedFlows: step.consumed,
      interruptsScope: step.interruptsScope || undefined,
      compensationWaiter: step.compensationWaiter,
    },
    { instanceKey: scope.instanceKey, elementId: element.id, elementInstanceKey: key },
  );
  const instance = batch.state.elementInstances.get(key)!;
  if (step.inner) {
    setLocalVariable(batch, key, instance.instanceKey, 'loopCounter', step.inner.loopCounter);
    const inputElement = element.multiInstance?.inputElement;
    if (inputElement) setLocalVariable(batch, key, instance.instanceKey, inputElement, step.inner.item ?? null);
  }
  let failed = false;
  if (!body && element.inputs.length > 0) {
    guarded(batch, instance, 'IO_MAPPING_ERROR', () => applyMappings(batch, element.inputs, key, key, instance.instanceKey, true));
    failed = batch.state.elementInstances.get(key)?.state !== 'activating';
  }
  batch.emitFor('ELEMENT_ACTIVATED', instance, {});
  if (failed) return instance;
  // A user task opens its boundary events itself, once the task exists (their FEEL sees `task`).
  if (!step.inner && element.boundaryEvents.length > 0 && (body || element.kind !== 'userTask')) {
    guarded(batch, instance, 'PROCESSING_ERROR', () => openBoundarySubscriptions(batch, instance, element));
    if (batch.state.elementInstances.get(key)?.state !== 'activated' || hasOpenIncident(batch, key)) return instance;
  }
  runProcessor(batch, instance, element, step);
  return instance;
}

/** Runs the processor's activation work; a failure becomes an incident. */
export function runProcessor(batch: Batch, instance: ElementInstanceState, element: ExecutableElement, step: ActivateStep): void {
  guarded(batch, instance, 'PROCESSING_ERROR', () => batch.processor(instance).onActivated(batch, instance, element, step));
}

/** Whether an instance's lifecycle allows `event` now. */
export function canDo(instance: ElementInstanceState | undefined, event: string): instance is ElementInstanceState {
  return !!instance && nextState('elementInstance', instance.state, event) !== undefined;
}

function hasOpenIncident(batch: Batch, elementInstanceKey: number): boolean {
  for (const incident of batch.state.incidents.values()) if (incident.elementInstanceKey === elementInstanceKey && incident.state === 'created') return true;
  return false;
}

function hasTokens(pending: Record<string, number>, wanted: Record<string, number>): boolean {
  for (const [flowId, count] of Object.entries(wanted)) if ((pending[flowId] ?? 0) < count) return false;
  return true;
}
