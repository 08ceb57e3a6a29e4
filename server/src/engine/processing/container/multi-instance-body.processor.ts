import { evaluateCondition, evaluateExpression } from '../../expression/feel.js';
import type { EventDefinition, ExecutableElement } from '../../model/executable-model.js';
import type { ElementInstanceState } from '../../state/engine-state.js';
import type { Batch } from '../batch.js';
import { activateElement } from '../behaviour/activation.behaviour.js';
import { completeElement } from '../behaviour/completion.behaviour.js';
import { setLocalVariable } from '../behaviour/variables.behaviour.js';
import { terminateElement } from '../behaviour/termination.behaviour.js';
import type { ElementProcessor } from '../types.js';

function activateIteration(batch: Batch, body: ElementInstanceState, element: ExecutableElement, index: number): void {
  const item = body.loop?.items?.[index];
  activateElement(batch, { type: 'activate', scopeKey: body.key, elementId: element.id, inner: { loopCounter: index + 1, item } });
}

function sameEvent(a: EventDefinition, b: EventDefinition): boolean {
  if (a.type !== b.type) return false;
  if (a.type === 'signal' && b.type === 'signal') return a.signalName === b.signalName;
  if (a.type === 'message' && b.type === 'message') return a.messageName === b.messageName;
  if (a.type === 'escalation' && b.type === 'escalation') return a.escalationCode === b.escalationCode;
  return true;
}

/**
 * Throws a behavior event (One/None/Complex) to the body's boundary events. It is an implicit
 * event of the activity's own progress, so the boundary path starts without cancelling the body.
 */
function throwBehaviorEvent(batch: Batch, body: ElementInstanceState, element: ExecutableElement, event: EventDefinition | undefined): void {
  if (!event || body.parentKey === undefined) return;
  const model = batch.model(body.instanceKey);
  for (const boundaryId of element.boundaryEvents) {
    if (model.elements[boundaryId].eventDefinitions.some((definition) => sameEvent(definition, event))) {
      batch.enqueue({ type: 'activate', scopeKey: body.parentKey, elementId: boundaryId, payload: {} });
    }
  }
}

/**
 * Multi-instance body: runs the inner activity once per item or `loopCardinality` times, in
 * parallel or in sequence; honours the completion condition and the None/One/Complex behaviors;
 * collects the output collection.
 */
export const multiInstanceBodyProcessor: ElementProcessor = {
  onActivated(batch, body, element) {
    const spec = element.multiInstance!;
    const variables = () => batch.state.visibleVariables(body.key);
    let items: unknown[] | undefined;
    let total: number;
    if (spec.inputCollection) {
      const collection = evaluateExpression(spec.inputCollection, variables, batch.feel);
      if (!Array.isArray(collection)) throw new Error(`The input collection of "${element.id}" is not a list.`);
      items = collection;
      total = collection.length;
    } else {
      const cardinality = evaluateExpression(spec.cardinality!, variables, batch.feel);
      if (typeof cardinality !== 'number' || !Number.isInteger(cardinality) || cardinality < 0) {
        throw new Error(`The loopCardinality of "${element.id}" must be a non-negative integer, but it is ${JSON.stringify(cardinality)}.`);
      }
      total = cardinality;
    }
    batch.emitFor('LOOP_INITIALIZED', body, { total, items });
    if (spec.outputCollection) setLocalVariable(batch, body.key, body.instanceKey, spec.outputCollection, new Array(total).fill(null));
    if (total === 0) return batch.enqueue({ type: 'complete', key: body.key });
    const count = spec.sequential ? 1 : total;
    for (let index = 0; index < count; index++) activateIteration(batch, body, element, index);
  },
  beforeChildCompleted(batch, body, element, child) {
    const spec = element.multiInstance!;
    if (child === body) {
      if (spec.outputCollection && body.parentKey !== undefined) {
        const value = batch.state.variables.get(body.key)?.get(spec.outputCollection);
        setLocalVariable(batch, batch.state.scopeHolding(body.parentKey, spec.outputCollection) ?? body.instanceKey, body.instanceKey, spec.outputCollection, value);
      }
      return;
    }
    if (!spec.outputCollection || !spec.outputElement) return;
    const index = Number(batch.state.variables.get(child.key)?.get('loopCounter') ?? 1) - 1;
    const value = evaluateExpression(spec.outputElement, batch.state.visibleVariables(child.key), batch.feel);
    const current = (batch.state.variables.get(body.key)?.get(spec.outputCollection) as unknown[] | undefined) ?? [];
    const next = [...current];
    next[index] = value;
    setLocalVariable(batch, body.key, body.instanceKey, spec.outputCollection, next);
  },
  onChildCompleted(batch, body, element) {
    const spec = element.multiInstance!;
    const loop = body.loop!;
    const total = loop.total ?? 0;
    if (spec.behavior === 'One' && loop.completed === 1) throwBehaviorEvent(batch, body, element, spec.oneBehaviorEvent);
    if (spec.behavior === 'None') throwBehaviorEvent(batch, body, element, spec.noneBehaviorEvent);
    let finish = false;
    const variables = () => ({
      ...batch.state.visibleVariables(body.key),
      nrOfInstances: total,
      nrOfCompletedInstances: loop.completed,
      nrOfActiveInstances: body.activeChildren,
    });
    if (spec.behavior === 'Complex') {
      for (const definition of spec.complexBehavior) {
        if (definition.condition && evaluateCondition(definition.condition, variables, batch.feel)) {
          throwBehaviorEvent(batch, body, element, definition.event);
          finish = true;
        }
      }
    }
    if (spec.completionCondition && evaluateCondition(spec.completionCondition, variables, batch.feel)) finish = true;
    if (finish) {
      for (const child of batch.state.children(body.key)) terminateElement(batch, child);
      return completeElement(batch, body.key);
    }
    if (spec.sequential && loop.started < total) return activateIteration(batch, body, element, loop.started);
    if (loop.completed >= total) completeElement(batch, body.key);
  },
};
