import { evaluateCondition } from '../../expression/feel.js';
import type { ExecutableElement } from '../../model/executable-model.js';
import type { ElementInstanceState } from '../../state/engine-state.js';
import type { Batch } from '../batch.js';

/** Moves `count` tokens onto a flow of the instance's scope; they arrive in a later step. */
export function takeFlow(batch: Batch, instance: ElementInstanceState, flowId: string, count: number): void {
  if (instance.parentKey === undefined) return;
  batch.emit('SEQUENCE_FLOW_TAKEN', batch.newKey(), { flowId, scopeKey: instance.parentKey, count }, { instanceKey: instance.instanceKey, elementId: flowId });
  for (let token = 0; token < count; token++) batch.enqueue({ type: 'arrive', scopeKey: instance.parentKey, flowId });
}

/**
 * Default leaving of activities and events: every unconditional flow, every conditional flow whose
 * condition holds, and the default flow only when no conditional one holds. Each flow carries
 * `completionQuantity` tokens.
 */
export function takeOutgoing(batch: Batch, instance: ElementInstanceState, element: ExecutableElement): void {
  if (element.outgoing.length === 0) return;
  const flows = selectFlows(batch, instance, element, false);
  for (const flowId of flows) takeFlow(batch, instance, flowId, element.completionQuantity);
}

/**
 * The flows whose conditions hold (a flow without condition always holds); the default flow when
 * none holds. `exclusive` stops at the first. Throws when nothing at all can be taken.
 */
export function selectFlows(batch: Batch, instance: ElementInstanceState, element: ExecutableElement, exclusive: boolean): string[] {
  const model = batch.model(instance.instanceKey);
  const selected: string[] = [];
  let conditional = false;
  let context: Record<string, unknown> | undefined;
  const scopeKey = batch.state.elementInstances.has(instance.key) ? instance.key : instance.parentKey!;
  const variables = () => (context ??= batch.state.visibleVariables(scopeKey));
  for (const flowId of element.outgoing) {
    if (flowId === element.defaultFlow) continue;
    const condition = model.flows[flowId].condition;
    if (condition) conditional = true;
    if (!condition || evaluateCondition(condition, variables, batch.feel)) {
      selected.push(flowId);
      if (exclusive) return selected;
    }
  }
  const hasConditionalTrue = selected.some((flowId) => model.flows[flowId].condition);
  if (element.defaultFlow && !hasConditionalTrue && (conditional || selected.length === 0)) selected.push(element.defaultFlow);
  if (selected.length === 0) {
    throw new Error(`No outgoing sequence flow of "${element.id}" has a true condition, and it has no default flow.`);
  }
  return selected;
}
