import { evaluateCondition } from '../../expression/feel.js';
import type { ExecutableElement } from '../../model/executable-model.js';
import type { ElementInstanceState } from '../../state/engine-state.js';
import type { Batch } from '../batch.js';
import { activateElement } from './activation.behaviour.js';

/** Whether tokens wait at this element until enough have arrived (instead of each passing). */
export function isJoin(element: ExecutableElement): boolean {
  if (element.startQuantity > 1) return true;
  if (element.incoming.length < 2) return false;
  return element.kind === 'parallelGateway' || element.kind === 'inclusiveGateway' || element.kind === 'complexGateway';
}

/** A token reached the end of a flow: activate its target, or let it wait at a join. */
export function arrive(batch: Batch, scopeKey: number, flowId: string): void {
  const scope = batch.state.elementInstances.get(scopeKey);
  if (!scope || scope.state !== 'activated' || !(scope.pendingFlows[flowId] > 0)) return;
  const model = batch.model(scope.instanceKey);
  const target = model.elements[model.flows[flowId].targetId];
  if (isJoin(target)) tryJoin(batch, scope, target);
  else activateElement(batch, { type: 'activate', scopeKey, elementId: target.id, consumed: { [flowId]: 1 } });
}

/** Fires a join when its rule is met; returns whether it fired. */
export function tryJoin(batch: Batch, scope: ElementInstanceState, target: ExecutableElement): boolean {
  const pending = scope.pendingFlows;
  const withToken = target.incoming.filter((flowId) => pending[flowId] > 0);
  if (withToken.length === 0) return false;
  const activate = (consumed: Record<string, number>) =>
    activateElement(batch, { type: 'activate', scopeKey: scope.key, elementId: target.id, consumed });
  if (target.startQuantity > 1 && target.kind !== 'parallelGateway') {
    const available = withToken.reduce((sum, flowId) => sum + pending[flowId], 0);
    if (available < target.startQuantity) return false;
    const consumed: Record<string, number> = {};
    let needed = target.startQuantity;
    for (const flowId of withToken) {
      const take = Math.min(needed, pending[flowId]);
      consumed[flowId] = take;
      needed -= take;
      if (needed === 0) break;
    }
    activate(consumed);
    return true;
  }
  const oneEach = Object.fromEntries(withToken.map((flowId) => [flowId, 1]));
  if (target.kind === 'parallelGateway') {
    if (withToken.length < target.incoming.length) return false;
    activate(oneEach);
    return true;
  }
  if (target.kind === 'complexGateway' && target.activationCondition) return tryComplexJoin(batch, scope, target, withToken);
  if (!orJoinReady(batch, scope, target, withToken)) return false;
  activate(oneEach);
  return true;
}

/** Re-checks the OR-joins and complex gateways of a scope that hold waiting tokens. */
export function retryWaitingJoins(batch: Batch, scope: ElementInstanceState): void {
  const model = batch.model(scope.instanceKey);
  const checked = new Set<string>();
  for (const flowId of Object.keys(scope.pendingFlows)) {
    const target = model.elements[model.flows[flowId].targetId];
    if (checked.has(target.id) || !target.upstream) continue;
    checked.add(target.id);
    const live = batch.state.elementInstances.get(scope.key);
    if (live) tryJoin(batch, live, target);
  }
}

/**
 * The inclusive join rule: some incoming flow has a token, and no token anywhere in the scope can
 * still reach an incoming flow that has none.
 */
export function orJoinReady(batch: Batch, scope: ElementInstanceState, gateway: ExecutableElement, withToken: string[]): boolean {
  const empty = gateway.incoming.filter((flowId) => !withToken.includes(flowId));
  if (empty.length === 0) return true;
  const upstream = gateway.upstream ?? {};
  const canReach = (elementId: string) => empty.some((flowId) => upstream[flowId]?.includes(elementId));
  for (const childKey of batch.state.children(scope.key)) {
    const child = batch.state.elementInstances.get(childKey);
    if (child && canReach(child.elementId)) return false;
  }
  const model = batch.model(scope.instanceKey);
  for (const flowId of Object.keys(scope.pendingFlows)) {
    if (gateway.incoming.includes(flowId)) continue;
    if (canReach(model.flows[flowId].targetId)) return false;
  }
  return true;
}

function tryComplexJoin(batch: Batch, scope: ElementInstanceState, gateway: ExecutableElement, withToken: string[]): boolean {
  if (scope.complexFired?.[gateway.id]) {
    const flows = Object.fromEntries(withToken.map((flowId) => [flowId, scope.pendingFlows[flowId]]));
    const reset = orJoinReady(batch, scope, gateway, []) ? gateway.id : undefined;
    batch.emit('TOKENS_ABSORBED', batch.newKey(), { scopeKey: scope.key, flows, resetComplexGateway: reset }, { instanceKey: scope.instanceKey, elementId: gateway.id });
    return false;
  }
  const activationCount = withToken.reduce((sum, flowId) => sum + scope.pendingFlows[flowId], 0);
  const context = { ...batch.state.visibleVariables(scope.key), activationCount };
  if (!evaluateCondition(gateway.activationCondition!, context, batch.feel)) {
    if (!orJoinReady(batch, scope, gateway, withToken)) return false;
  }
  const consumed = Object.fromEntries(withToken.map((flowId) => [flowId, 1]));
  activateElement(batch, { type: 'activate', scopeKey: scope.key, elementId: gateway.id, consumed });
  const live = batch.state.elementInstances.get(scope.key);
  if (live && withToken.length === gateway.incoming.length) {
    batch.emit('TOKENS_ABSORBED', batch.newKey(), { scopeKey: scope.key, flows: {}, resetComplexGateway: gateway.id }, { instanceKey: scope.instanceKey, elementId: gateway.id });
  }
  return true;
}
