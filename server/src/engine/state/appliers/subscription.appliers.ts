import type { EngineState } from '../engine-state.js';
import type { Applier } from './applier.js';

/** A timer, message, signal or condition subscription opens. */
export const subscriptionOpened: Applier<'SUBSCRIPTION_OPENED'> = (state, record) => {
  state.subscriptions.set(record.key, { ...record.value, key: record.key, instanceKey: record.instanceKey, armed: true });
  const owner = record.value.ownerKey ?? record.value.processKey;
  if (owner === undefined) return;
  let keys = state.subscriptionsOf.get(owner);
  if (!keys) state.subscriptionsOf.set(owner, (keys = new Set()));
  keys.add(record.key);
};

function remove(state: EngineState, key: number): void {
  const subscription = state.subscriptions.get(key);
  if (!subscription) return;
  state.subscriptions.delete(key);
  const owner = subscription.ownerKey ?? subscription.processKey;
  if (owner !== undefined) {
    const keys = state.subscriptionsOf.get(owner);
    keys?.delete(key);
    if (keys && keys.size === 0) state.subscriptionsOf.delete(owner);
  }
}

/** A subscription fired: timers are used up; conditions wait to become false before firing again. */
export const subscriptionTriggered: Applier<'SUBSCRIPTION_TRIGGERED'> = (state, record) => {
  const subscription = state.subscriptions.get(record.key);
  if (!subscription) return;
  if (subscription.type === 'timer') remove(state, record.key);
  else if (subscription.type === 'conditional') subscription.armed = false;
};

/** A condition became false again and may fire anew. */
export const subscriptionRearmed: Applier<'SUBSCRIPTION_REARMED'> = (state, record) => {
  const subscription = state.subscriptions.get(record.key);
  if (subscription) subscription.armed = true;
};

/** A subscription closes with its owner. */
export const subscriptionClosed: Applier<'SUBSCRIPTION_CLOSED'> = (state, record) => remove(state, record.key);
