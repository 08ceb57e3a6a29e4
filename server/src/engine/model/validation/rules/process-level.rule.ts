import type { Element, ModelIndex } from '../model-index.js';
import type { Problem } from '../problem.js';
import { isEventSubProcess, kind, label, problemAt, triggerTypes, type Rule } from '../rule.js';

function nodesOf(level: Element): Element[] {
  return (level.flowElements ?? []).filter((element: Element) => element.$instanceOf('bpmn:FlowNode'));
}

/** Process levels where start and end events define the flow: processes and ordinary subprocesses. */
function levels(model: ModelIndex): Element[] {
  return model.all.filter((element) => element.$instanceOf('bpmn:Process') || (element.$instanceOf('bpmn:SubProcess') && !isEventSubProcess(element) && !element.$instanceOf('bpmn:AdHocSubProcess')));
}

/** Every process has a start event; a level with end events has start events and vice versa (EXT.097, 105). */
export const startAndEndRule: Rule = (model) => {
  const problems: Problem[] = [];
  for (const level of levels(model)) {
    const nodes = nodesOf(level);
    const hasStart = nodes.some((node) => node.$instanceOf('bpmn:StartEvent'));
    const instantiating = nodes.some((node) => (node.$instanceOf('bpmn:ReceiveTask') || node.$instanceOf('bpmn:EventBasedGateway')) && node.instantiate === true);
    const hasEnd = nodes.some((node) => node.$instanceOf('bpmn:EndEvent'));
    if (level.$instanceOf('bpmn:Process') && !hasStart && !instantiating) {
      problems.push(problemAt(model, level, 'process-start-event', `Process ${label(level)} has no start event: a deployable process needs at least one (or an instantiating receive task or event-based gateway).`));
    } else if (hasEnd && !hasStart && !instantiating) {
      problems.push(problemAt(model, level, 'start-event-required', `${kind(level)} ${label(level)} uses end events but has no start event: both are needed on the same level.`));
    }
    if (hasStart && !hasEnd) {
      problems.push(problemAt(model, level, 'end-event-required', `${kind(level)} ${label(level)} uses start events but has no end event: both are needed on the same level.`));
    }
  }
  return problems;
};

function isCompensation(model: ModelIndex, node: Element): boolean {
  return node.isForCompensation === true || (node.$instanceOf('bpmn:BoundaryEvent') && triggerTypes(node).includes('CompensateEventDefinition'));
}

function isLink(node: Element, catching: boolean): boolean {
  return node.$instanceOf(catching ? 'bpmn:IntermediateCatchEvent' : 'bpmn:IntermediateThrowEvent') && triggerTypes(node).includes('LinkEventDefinition');
}

/** With start events every node is reached by a flow; with end events every node leads on (EXT.150, 151). */
export const connectedNodesRule: Rule = (model) => {
  const problems: Problem[] = [];
  for (const level of levels(model)) {
    const nodes = nodesOf(level);
    const exempt = (node: Element) => isEventSubProcess(node) || isCompensation(model, node);
    if (nodes.some((node) => node.$instanceOf('bpmn:StartEvent'))) {
      for (const node of nodes) {
        if (exempt(node) || node.$instanceOf('bpmn:StartEvent') || node.$instanceOf('bpmn:BoundaryEvent') || isLink(node, true)) continue;
        if (node.$instanceOf('bpmn:EventBasedGateway') && node.instantiate === true) continue;
        if (!model.incoming(node).length) {
          problems.push(problemAt(model, node, 'flow-node-unreachable', `${kind(node)} ${label(node)} has no incoming sequence flow although ${label(level)} has start events: every node must be reached by a flow.`));
        }
      }
    }
    if (nodes.some((node) => node.$instanceOf('bpmn:EndEvent'))) {
      for (const node of nodes) {
        if (exempt(node) || node.$instanceOf('bpmn:EndEvent') || isLink(node, false)) continue;
        if (!model.outgoing(node).length) {
          problems.push(problemAt(model, node, 'flow-node-dead-end', `${kind(node)} ${label(node)} has no outgoing sequence flow although ${label(level)} has end events: every node must lead on by a flow.`));
        }
      }
    }
  }
  return problems;
};
