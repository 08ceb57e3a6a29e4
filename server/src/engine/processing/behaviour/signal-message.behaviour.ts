import { evaluateExpression } from '../../expression/feel.js';
import type { Expression } from '../../model/executable-model.js';
import type { ElementInstanceState } from '../../state/engine-state.js';
import type { Batch } from '../batch.js';
import type { Variables } from '../types.js';
import { createInstance } from './instance-creation.behaviour.js';

/**
 * Broadcasts a signal thrown in an instance: its own waiting subscriptions fire in this batch;
 * every other instance and signal start event gets it through an outbound command.
 */
export function broadcastFromInstance(batch: Batch, instanceKey: number, name: string, variables: Variables): void {
  batch.emit('SIGNAL_BROADCAST', batch.newKey(), { name, variables }, { instanceKey });
  for (const subscription of batch.state.subscriptions.values()) {
    if (subscription.type === 'signal' && subscription.name === name && subscription.instanceKey === instanceKey) {
      batch.enqueue({ type: 'trigger', subscriptionKey: subscription.key, variables });
    }
  }
  batch.outbound.push({ type: 'BroadcastSignal', name, variables, excludeInstanceKey: instanceKey });
}

/** Delivers a signal to all subscriptions (except one instance's) and starts signal-started processes. */
export function deliverSignal(batch: Batch, name: string, variables: Variables, excludeInstanceKey?: number): void {
  const keys: number[] = [];
  for (const subscription of batch.state.subscriptions.values()) {
    if (subscription.type === 'signal' && subscription.name === name && subscription.instanceKey !== excludeInstanceKey) keys.push(subscription.key);
  }
  for (const key of keys) batch.enqueue({ type: 'trigger', subscriptionKey: key, variables });
  for (const processKey of batch.state.latestProcess.values()) {
    const model = batch.core.models.get(processKey)!.model;
    for (const startId of model.triggeredStarts) {
      const start = model.elements[startId];
      if (start.scopeId === model.id && start.kind === 'startEvent' && start.eventDefinitions.some((d) => d.type === 'signal' && d.signalName === name)) {
        createInstance(batch, processKey, { startAt: startId, payload: {}, variables });
      }
    }
  }
}

/** Publishes a message thrown by an element; it is correlated by the host through an outbound command. */
export function publishFromInstance(batch: Batch, instance: ElementInstanceState, name: string, correlation: Expression | undefined): void {
  const variables = batch.state.visibleVariables(instance.key);
  const correlationKey = correlation ? String(evaluateExpression(correlation, variables, batch.feel)) : undefined;
  batch.emit('MESSAGE_PUBLISHED', batch.newKey(), { name, correlationKey, variables: {} }, { instanceKey: instance.instanceKey, elementId: instance.elementId, elementInstanceKey: instance.key });
  batch.outbound.push({ type: 'PublishMessage', name, correlationKey });
}

/**
 * Correlates a published message: once per instance to its oldest matching subscription, and
 * once to each process whose latest version starts with this message. Returns the number reached.
 */
export function correlateMessage(batch: Batch, name: string, correlationKey: string | undefined, variables: Variables): number {
  const byInstance = new Map<number, number>();
  for (const subscription of batch.state.subscriptions.values()) {
    if (subscription.type !== 'message' || subscription.name !== name || subscription.correlationKey !== correlationKey) continue;
    if (subscription.instanceKey !== undefined && !byInstance.has(subscription.instanceKey)) byInstance.set(subscription.instanceKey, subscription.key);
  }
  for (const key of byInstance.values()) batch.enqueue({ type: 'trigger', subscriptionKey: key, variables });
  let reached = byInstance.size;
  for (const processKey of batch.state.latestProcess.values()) {
    const model = batch.core.models.get(processKey)!.model;
    const start = model.triggeredStarts.find((id) => {
      const element = model.elements[id];
      if (element.kind === 'receiveTask') return element.messageName === name;
      return element.scopeId === model.id && element.eventDefinitions.some((d) => d.type === 'message' && d.messageName === name);
    });
    if (start) {
      createInstance(batch, processKey, { startAt: start, payload: {}, variables });
      reached++;
    }
  }
  return reached;
}
