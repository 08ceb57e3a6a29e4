import { evaluateCondition, evaluateExpression } from '../../expression/feel.js';
import type { FeelEnvironment } from '../../expression/feel-environment.js';
import type { EventDefinition, ExecutableElement } from '../../model/executable-model.js';
import type { SubscriptionValue } from '../../protocol/record.js';
import type { ElementInstanceState } from '../../state/engine-state.js';
import { scheduleTimer } from '../../time/timer-schedule.js';
import type { Batch } from '../batch.js';

/** Where a subscription belongs and which element catches it. */
export interface SubscriptionTarget {
  owner: ElementInstanceState;
  catchElement: ExecutableElement;
  interrupting: boolean;
  /** Extra FEEL context for its expressions (a user task's boundary timers see `task`). */
  context?: Record<string, unknown>;
}

/**
 * Opens the subscription an event definition needs (timer, message, signal, condition); other
 * definitions (error, escalation, link, ...) are caught without one. A condition that already
 * holds fires right away.
 */
export function openSubscription(batch: Batch, target: SubscriptionTarget, definition: EventDefinition, definitionIndex: number): void {
  const { owner, catchElement, interrupting } = target;
  const base = { ownerKey: owner.key, catchElementId: catchElement.id, definitionIndex, interrupting };
  const variables = () => ({ ...batch.state.visibleVariables(owner.key), ...target.context });
  let value: SubscriptionValue;
  switch (definition.type) {
    case 'timer': {
      const evaluated = evaluateTimerText(definition.timer.expression.source, variables, batch.feel);
      if (evaluated === null || evaluated === '') {
        throw new Error(`The timer of "${catchElement.id}" ("${definition.timer.expression.source.trim()}") evaluated to ${JSON.stringify(evaluated)}; it needs a date, duration or cycle.`);
      }
      const schedule = scheduleTimer(definition.timer.kind, String(evaluated), batch.now, batch.core.timeZone);
      value = { type: 'timer', ...base, dueDate: schedule.dueDate, cycle: schedule.cycle };
      break;
    }
    case 'message': {
      const correlationKey = definition.correlationKey ? String(evaluateExpression(definition.correlationKey, variables, batch.feel)) : undefined;
      value = { type: 'message', ...base, name: definition.messageName, correlationKey };
      break;
    }
    case 'signal':
      value = { type: 'signal', ...base, name: definition.signalName };
      break;
    case 'conditional':
      value = { type: 'conditional', ...base, condition: definition.condition.source };
      break;
    default:
      return;
  }
  const key = batch.newKey();
  batch.emit('SUBSCRIPTION_OPENED', key, value, { instanceKey: owner.instanceKey, elementId: catchElement.id, elementInstanceKey: owner.key });
  if (definition.type === 'conditional' && evaluateCondition(definition.condition, variables, batch.feel)) {
    batch.enqueue({ type: 'trigger', subscriptionKey: key });
  }
}

/** Timer texts are literal ISO-8601/cron unless written as FEEL (`=` prefix). */
export function evaluateTimerText(source: string, variables: () => Record<string, unknown>, environment?: FeelEnvironment): unknown {
  const trimmed = source.trim();
  return trimmed.startsWith('=') ? evaluateExpression({ source: trimmed }, variables, environment) : trimmed;
}

/** Opens every definition of an element's own catch event (or receive task) for the owner. */
export function openElementSubscriptions(batch: Batch, owner: ElementInstanceState, catchElement: ExecutableElement, interrupting = true): void {
  definitionsOf(catchElement).forEach((definition, index) => openSubscription(batch, { owner, catchElement, interrupting }, definition, index));
}

/** The event definitions an element waits for; a receive task waits for its message. */
export function definitionsOf(element: ExecutableElement): EventDefinition[] {
  if (element.kind === 'receiveTask' && element.messageName) {
    return [{ type: 'message', messageName: element.messageName, correlationKey: element.correlationKey }];
  }
  return element.eventDefinitions;
}

/**
 * Opens the timer, message, signal and condition subscriptions of an activity's boundary events,
 * skipping those already open (an activity retried after an incident). `context` adds FEEL
 * variables for their expressions.
 */
export function openBoundarySubscriptions(batch: Batch, activity: ElementInstanceState, element: ExecutableElement, context?: Record<string, unknown>): void {
  const model = batch.model(activity.instanceKey);
  const open = new Set([...(batch.state.subscriptionsOf.get(activity.key) ?? [])].map((key) => batch.state.subscriptions.get(key)?.catchElementId));
  for (const boundaryId of element.boundaryEvents) {
    if (open.has(boundaryId)) continue;
    const boundary = model.elements[boundaryId];
    boundary.eventDefinitions.forEach((definition, index) =>
      openSubscription(batch, { owner: activity, catchElement: boundary, interrupting: boundary.interrupting, context }, definition, index),
    );
  }
}

/** Opens the subscriptions of the triggered start events of a scope's event sub-processes. */
export function openEventSubProcessSubscriptions(batch: Batch, scope: ElementInstanceState, element: ExecutableElement): void {
  const model = batch.model(scope.instanceKey);
  for (const espId of element.eventSubProcesses) {
    for (const startId of model.elements[espId].triggeredStartEvents) {
      const start = model.elements[startId];
      start.eventDefinitions.forEach((definition, index) =>
        openSubscription(batch, { owner: scope, catchElement: start, interrupting: start.interrupting }, definition, index),
      );
    }
  }
}

/** Closes every subscription an element instance owns (it completes or terminates). */
export function closeSubscriptions(batch: Batch, ownerKey: number, filter?: (catchElementId: string) => boolean): void {
  const keys = batch.state.subscriptionsOf.get(ownerKey);
  if (!keys || keys.size === 0) return;
  for (const key of [...keys]) {
    const subscription = batch.state.subscriptions.get(key)!;
    if (filter && !filter(subscription.catchElementId)) continue;
    batch.emit('SUBSCRIPTION_CLOSED', key, { type: subscription.type }, { instanceKey: subscription.instanceKey, elementId: subscription.catchElementId, elementInstanceKey: ownerKey });
  }
}

/** Re-evaluates the conditions of instances whose variables changed. */
export function checkConditions(batch: Batch): void {
  const instances = [...batch.changedInstances];
  batch.changedInstances.clear();
  if (batch.state.subscriptions.size === 0) return;
  for (const subscription of batch.state.subscriptions.values()) {
    if (subscription.type !== 'conditional' || subscription.instanceKey === undefined || !instances.includes(subscription.instanceKey)) continue;
    const owner = subscription.ownerKey !== undefined ? batch.state.elementInstances.get(subscription.ownerKey) : undefined;
    if (!owner) continue;
    const holds = evaluateCondition({ source: subscription.condition! }, () => batch.state.visibleVariables(owner.key), batch.feel);
    if (holds && subscription.armed) batch.enqueue({ type: 'trigger', subscriptionKey: subscription.key });
    else if (!holds && !subscription.armed) batch.emit('SUBSCRIPTION_REARMED', subscription.key, {}, { instanceKey: subscription.instanceKey });
  }
}
