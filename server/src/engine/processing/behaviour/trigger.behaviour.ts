import type { ExecutableElement } from '../../model/executable-model.js';
import type { SubscriptionState } from '../../state/engine-state.js';
import { nextOccurrence } from '../../time/timer-schedule.js';
import type { Batch } from '../batch.js';
import type { TriggerPayload, Variables } from '../types.js';
import { activateElement } from './activation.behaviour.js';
import { closeSubscriptions } from './subscription.behaviour.js';
import { terminateChildren, terminateElement } from './termination.behaviour.js';
import { createInstance } from './instance-creation.behaviour.js';

/**
 * A subscription fired (timer due, message correlated, signal received, condition true). Repeating
 * timers are armed again first; then the catching element reacts: a boundary event, an event
 * sub-process, a start event of a deployed process, or the waiting element itself.
 */
export function triggerSubscription(batch: Batch, subscriptionKey: number, variables?: Variables): void {
  const subscription = batch.state.subscriptions.get(subscriptionKey);
  if (!subscription || (subscription.type === 'conditional' && !subscription.armed)) return;
  const target = { instanceKey: subscription.instanceKey, elementId: subscription.catchElementId, elementInstanceKey: subscription.ownerKey };
  batch.emit('SUBSCRIPTION_TRIGGERED', subscriptionKey, { variables }, target);
  const repeats = subscription.type === 'timer' && subscription.cycle ? rearm(batch, subscription) : false;
  const payload: TriggerPayload = { variables };
  if (subscription.ownerKey === undefined && subscription.processKey !== undefined) {
    createInstance(batch, subscription.processKey, { startAt: subscription.catchElementId, payload });
    return;
  }
  const owner = batch.state.elementInstances.get(subscription.ownerKey!);
  if (!owner || owner.state !== 'activated') return;
  const model = batch.model(owner.instanceKey);
  const catchElement = model.elements[subscription.catchElementId];
  if (catchElement.kind === 'boundaryEvent') {
    triggerBoundary(batch, owner.key, catchElement, subscription.interrupting, payload);
  } else if (catchElement.kind === 'startEvent' && model.elements[catchElement.scopeId!].kind === 'eventSubProcess') {
    triggerEventSubProcess(batch, owner.key, catchElement, subscription.interrupting, payload);
  } else {
    const processor = batch.processor(owner);
    processor.onTriggered?.(batch, owner, batch.element(owner), {
      definitionIndex: subscription.definitionIndex,
      catchElementId: catchElement.id,
      payload,
      repeats,
    });
  }
}

function rearm(batch: Batch, subscription: SubscriptionState): boolean {
  const next = nextOccurrence(subscription.cycle!, subscription.dueDate!, batch.now);
  if (!next) return false;
  const { key: _key, armed: _armed, instanceKey, ...value } = subscription;
  batch.emit('SUBSCRIPTION_OPENED', batch.newKey(), { ...value, dueDate: next.dueDate, cycle: next.cycle }, {
    instanceKey,
    elementId: subscription.catchElementId,
    elementInstanceKey: subscription.ownerKey,
  });
  return true;
}

/**
 * A boundary event fires: an interrupting one terminates the activity first; then the boundary
 * event is activated beside it and passes the token on.
 */
export function triggerBoundary(batch: Batch, activityKey: number, boundary: ExecutableElement, interrupting: boolean, payload: TriggerPayload): void {
  const activity = batch.state.elementInstances.get(activityKey);
  if (!activity || activity.parentKey === undefined) return;
  if (interrupting) terminateElement(batch, activityKey);
  activateElement(batch, { type: 'activate', scopeKey: activity.parentKey, elementId: boundary.id, payload });
}

/**
 * An event sub-process starts in a scope: an interrupting one ends all other work in the scope
 * (and the scope's other event sub-process triggers) before it starts.
 */
export function triggerEventSubProcess(batch: Batch, scopeKey: number, start: ExecutableElement, interrupting: boolean, payload: TriggerPayload): void {
  const scope = batch.state.elementInstances.get(scopeKey);
  if (!scope || scope.state !== 'activated') return;
  const model = batch.model(scope.instanceKey);
  if (interrupting) {
    const scopeElement = batch.element(scope);
    const espStarts = new Set(scopeElement.eventSubProcesses.flatMap((id) => model.elements[id].triggeredStartEvents));
    closeSubscriptions(batch, scope.key, (catchElementId) => espStarts.has(catchElementId));
    terminateChildren(batch, scope);
  }
  activateElement(batch, {
    type: 'activate',
    scopeKey,
    elementId: start.scopeId!,
    startAt: start.id,
    payload,
    interruptsScope: interrupting || undefined,
  });
}
