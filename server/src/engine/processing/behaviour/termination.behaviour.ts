import type { ElementInstanceState } from '../../state/engine-state.js';
import type { Batch } from '../batch.js';
import { canDo } from './activation.behaviour.js';
import { closeSubscriptions } from './subscription.behaviour.js';

/**
 * Terminates an element instance and everything inside it, depth first, in one go: TERMINATING,
 * children, subscriptions closed, the processor's own clean-up (jobs, tasks, called instances),
 * TERMINATED. Termination never completes the enclosing scope by itself; callers decide.
 */
export function terminateElement(batch: Batch, key: number): void {
  const instance = batch.state.elementInstances.get(key);
  if (!canDo(instance, 'terminate')) return;
  batch.emitFor('ELEMENT_TERMINATING', instance, {});
  for (const child of batch.state.children(key)) terminateElement(batch, child);
  closeSubscriptions(batch, key);
  batch.processor(instance).onTerminating?.(batch, instance, batch.element(instance));
  batch.emitFor('ELEMENT_TERMINATED', instance, {});
}

/** Terminates every child of a scope (all running work in it) and drops its waiting tokens. */
export function terminateChildren(batch: Batch, scope: ElementInstanceState, except?: number): void {
  for (const child of batch.state.children(scope.key)) if (child !== except) terminateElement(batch, child);
  absorbPendingTokens(batch, scope);
}

/** Consumes every token still waiting on a flow of the scope. */
export function absorbPendingTokens(batch: Batch, scope: ElementInstanceState): void {
  const live = batch.state.elementInstances.get(scope.key);
  if (!live || Object.keys(live.pendingFlows).length === 0) return;
  batch.emit('TOKENS_ABSORBED', batch.newKey(), { scopeKey: scope.key, flows: { ...live.pendingFlows } }, { instanceKey: scope.instanceKey });
}
