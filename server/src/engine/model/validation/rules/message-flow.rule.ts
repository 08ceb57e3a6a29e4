import { isElement, type Element, type ModelIndex } from '../model-index.js';
import type { Problem } from '../problem.js';
import { kind, label, problemAt, triggerTypes, type Rule } from '../rule.js';

/** The participant (pool) an element belongs to. */
function poolOf(model: ModelIndex, element: Element): Element | undefined {
  if (element.$instanceOf('bpmn:Participant')) return element;
  const root = model.root(element);
  return model.ofType('bpmn:Participant').find((participant) => participant.processRef === root);
}

/** Message flows join different pools; events at their ends send or receive messages (EXT.031, 103, 109, 119). */
export const messageFlowRule: Rule = (model) => {
  const problems: Problem[] = [];
  for (const flow of model.ofType('bpmn:MessageFlow')) {
    const { sourceRef: source, targetRef: target } = flow;
    if (!isElement(source) || !isElement(target)) continue;
    const sourcePool = poolOf(model, source);
    const targetPool = poolOf(model, target);
    if (source === target || (sourcePool && sourcePool === targetPool)) {
      problems.push(problemAt(model, flow, 'message-flow-pools', `Message flow ${label(flow)} connects ${label(source)} to ${label(target)} within pool ${label(sourcePool)}: a message flow must connect two different pools.`));
    }
    for (const [end, node] of [
      ['source', source],
      ['target', target],
    ] as const) {
      if (!node.$instanceOf('bpmn:Event')) continue;
      const right = end === 'source' ? 'bpmn:ThrowEvent' : 'bpmn:CatchEvent';
      if (!node.$instanceOf(right)) {
        problems.push(problemAt(model, flow, 'message-flow-event', `Message flow ${label(flow)} has ${kind(node)} ${label(node)} as its ${end}: a ${end === 'source' ? 'catch' : 'throw'} event cannot ${end === 'source' ? 'send' : 'receive'} messages.`));
      } else if (!triggerTypes(node).includes('MessageEventDefinition')) {
        problems.push(problemAt(model, flow, 'message-flow-event', `Message flow ${label(flow)} has ${kind(node)} ${label(node)} as its ${end}, which has no message event definition.`));
      }
    }
  }
  return problems;
};
