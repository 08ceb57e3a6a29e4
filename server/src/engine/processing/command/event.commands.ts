import type { BroadcastSignalCommand, PublishMessageCommand, TriggerTimerCommand } from '../../protocol/command.js';
import type { Batch } from '../batch.js';
import { correlateMessage, deliverSignal } from '../behaviour/signal-message.behaviour.js';
import { triggerSubscription } from '../behaviour/trigger.behaviour.js';
import { requireRunning } from './command-handler.js';

/** A timer is due. */
export function triggerTimerCommand(batch: Batch, command: TriggerTimerCommand): void {
  const timer = batch.state.subscriptions.get(command.timerKey);
  if (!timer || timer.type !== 'timer') {
    return batch.reject(command, `Expected to find timer ${command.timerKey} in state CREATED, but it was already triggered or cancelled`, command.timerKey);
  }
  if (timer.instanceKey !== undefined && !requireRunning(batch, command, timer.instanceKey)) return;
  triggerSubscription(batch, timer.key);
}

/** A message is published. */
export function publishMessageCommand(batch: Batch, command: PublishMessageCommand): void {
  const variables = command.variables ?? {};
  batch.emit('MESSAGE_PUBLISHED', batch.newKey(), { name: command.name, correlationKey: command.correlationKey, variables });
  correlateMessage(batch, command.name, command.correlationKey, variables);
}

/** A signal is broadcast (from outside, or from another instance). */
export function broadcastSignalCommand(batch: Batch, command: BroadcastSignalCommand): void {
  const variables = command.variables ?? {};
  if (command.excludeInstanceKey === undefined) batch.emit('SIGNAL_BROADCAST', batch.newKey(), { name: command.name, variables });
  deliverSignal(batch, command.name, variables, command.excludeInstanceKey);
}
