import type { ElementInstanceState } from '../../state/engine-state.js';
import type { Batch } from '../batch.js';
import type { Variables } from '../types.js';
import { canDo } from './activation.behaviour.js';
import { takeFlow, takeOutgoing } from './flow.behaviour.js';
import { guarded } from './incident.behaviour.js';
import { closeSubscriptions } from './subscription.behaviour.js';
import { applyMappings, propagateVariables, setLocalVariable } from './variables.behaviour.js';

/** Options of {@link completeElement}. */
export interface CompleteOptions {
  variables?: Variables;
  /** Take exactly these flows instead of the element's default leaving behaviour. */
  flows?: string[];
  /** Keep `variables` local to the element (only its output mappings pass them on). */
  local?: boolean;
}

/**
 * Completes an element instance: COMPLETING, result variables and output mappings, COMPLETED,
 * then the token moves on (outgoing flows, the enclosing body, or a waiting compensation thrower).
 */
export function completeElement(batch: Batch, key: number, options: CompleteOptions = {}): void {
  const instance = batch.state.elementInstances.get(key);
  if (!canDo(instance, 'complete')) return;
  const element = batch.element(instance);
  batch.emitFor('ELEMENT_COMPLETING', instance, {});
  if (options.variables && options.local) {
    for (const [name, value] of Object.entries(options.variables)) setLocalVariable(batch, key, instance.instanceKey, name, value);
  } else if (options.variables) propagateVariables(batch, key, instance.instanceKey, options.variables);
  const parent = instance.parentKey !== undefined ? batch.state.elementInstances.get(instance.parentKey) : undefined;
  const inIteration = !!parent?.body && parent.elementId === instance.elementId;
  if (element.outputs.length > 0 && !instance.body && parent) {
    let ok = true;
    guarded(batch, instance, 'IO_MAPPING_ERROR', () => applyMappings(batch, element.outputs, key, parent.key, instance.instanceKey, false));
    ok = batch.state.elementInstances.get(key)?.state === 'completing';
    if (!ok) return;
  }
  if (inIteration && parent) batch.processor(parent).beforeChildCompleted?.(batch, parent, element, instance);
  if (instance.body) batch.processor(instance).beforeChildCompleted?.(batch, instance, element, instance);
  closeSubscriptions(batch, key);
  const isRoot = instance.key === instance.instanceKey;
  const rootVariables = isRoot ? batch.state.visibleVariables(key) : undefined;
  batch.emitFor('ELEMENT_COMPLETED', instance, {});
  if (isRoot) return onProcessCompleted(batch, instance, rootVariables ?? {});
  if (element.compensationHandler && !inIteration && parent) {
    batch.emit('COMPENSATION_REGISTERED', batch.newKey(), { scopeKey: parent.key, activityId: element.id, handlerId: element.compensationHandler }, { instanceKey: instance.instanceKey });
  }
  if (inIteration && parent) {
    batch.processor(parent).onChildCompleted?.(batch, parent, element, instance);
    return;
  }
  if (instance.compensationWaiter !== undefined) {
    const waiter = batch.state.elementInstances.get(instance.compensationWaiter);
    if (waiter && waiter.waitingHandlers === 0) batch.processor(waiter).onCompensationDone?.(batch, waiter, batch.element(waiter));
    if (parent) batch.enqueue({ type: 'continueScope', key: parent.key });
    return;
  }
  if (options.flows) {
    for (const flowId of options.flows) takeFlow(batch, instance, flowId, 1);
  } else {
    const processor = batch.processor(instance);
    if (processor.leave) processor.leave(batch, instance, element);
    else takeOutgoing(batch, instance, element);
  }
  if (parent) batch.enqueue({ type: 'continueScope', key: parent.key });
}

function onProcessCompleted(batch: Batch, root: ElementInstanceState, variables: Variables): void {
  const process = batch.state.instances.get(root.key);
  if (!process?.parent) return;
  batch.outbound.push({
    type: 'CompleteCallActivity',
    instanceKey: process.parent.instanceKey,
    elementInstanceKey: process.parent.elementInstanceKey,
    variables,
  });
}
