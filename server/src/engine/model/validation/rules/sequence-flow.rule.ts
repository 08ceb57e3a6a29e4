import { isElement, type Element } from '../model-index.js';
import type { Problem } from '../problem.js';
import { kind, label, problemAt, type Rule } from '../rule.js';

function levelName(level: Element | undefined): string {
  return level ? label(level) : 'no process';
}

/** Both ends of a sequence flow exist and lie in the flow's own process or subprocess (EXT.028, EXT.152). */
export const sequenceFlowContainerRule: Rule = (model) => {
  const problems: Problem[] = [];
  for (const flow of model.ofType('bpmn:SequenceFlow')) {
    const level = model.container(flow);
    const { sourceRef: source, targetRef: target } = flow;
    if (!isElement(source) || !isElement(target)) {
      const missing = [!isElement(source) && 'source', !isElement(target) && 'target'].filter(Boolean).join(' and ');
      problems.push(problemAt(model, flow, 'sequence-flow-end', `Sequence flow ${label(flow)} has no resolvable ${missing}: it must connect two flow nodes.`));
      continue;
    }
    const sourceLevel = model.container(source);
    const targetLevel = model.container(target);
    if (sourceLevel !== level || targetLevel !== level) {
      problems.push(
        problemAt(
          model,
          flow,
          'sequence-flow-container',
          `Sequence flow ${label(flow)} connects ${label(source)} in ${levelName(sourceLevel)} to ${label(target)} in ${levelName(targetLevel)}: both ends must be in the same process or subprocess as the flow (${levelName(level)}).`,
        ),
      );
    }
  }
  return problems;
};

/** A flow node's incoming/outgoing lists agree with the flows' sourceRef/targetRef (EXT.023). */
export const flowNodeReferencesRule: Rule = (model) => {
  const problems: Problem[] = [];
  for (const node of model.ofType('bpmn:FlowNode')) {
    for (const [list, end, computed] of [
      ['incoming', 'targetRef', model.incoming(node)],
      ['outgoing', 'sourceRef', model.outgoing(node)],
    ] as const) {
      const declared: unknown[] = node[list] ?? [];
      for (const flow of declared) {
        if (isElement(flow) && flow.$instanceOf('bpmn:SequenceFlow') && flow[end] !== node) {
          problems.push(problemAt(model, node, 'flow-node-references', `${kind(node)} ${label(node)} lists ${label(flow)} as ${list}, but that flow's ${end} is ${label(flow[end])}.`));
        }
      }
      for (const flow of computed) {
        if (!declared.includes(flow)) {
          problems.push(problemAt(model, node, 'flow-node-references', `Sequence flow ${label(flow)} has ${label(node)} as ${end}, but ${label(node)} does not list it among its ${list} flows.`));
        }
      }
    }
  }
  return problems;
};

/** isImmediate="false" is not executable (EXT.024). */
export const immediateFlowRule: Rule = (model) =>
  model
    .ofType('bpmn:SequenceFlow')
    .filter((flow) => flow.isImmediate === false && model.isExecutable(flow))
    .map((flow) => problemAt(model, flow, 'sequence-flow-immediate', `Sequence flow ${label(flow)} has isImmediate="false", which an executable process must not use.`));

/** Conditions never sit on flows out of events or event-based gateways; an activity's single outgoing flow is not conditional (EXT.025). */
export const conditionalFlowRule: Rule = (model) => {
  const problems: Problem[] = [];
  for (const flow of model.ofType('bpmn:SequenceFlow')) {
    const source = flow.sourceRef;
    if (!flow.conditionExpression || !isElement(source)) continue;
    // Parallel gateways are left out on purpose: BPMN has them ignore conditions (betsy's ParallelGateway_Conditions expects that).
    const allowed = !source.$instanceOf('bpmn:Event') && !source.$instanceOf('bpmn:EventBasedGateway');
    if (!allowed) {
      problems.push(problemAt(model, flow, 'conditional-flow-source', `Sequence flow ${label(flow)} has a condition but leaves ${kind(source)} ${label(source)}: flows leaving events or event-based gateways cannot be conditional.`));
    } else if (source.$instanceOf('bpmn:Activity') && model.outgoing(source).length === 1) {
      problems.push(problemAt(model, flow, 'conditional-flow-single', `Sequence flow ${label(flow)} is the only outgoing flow of ${kind(source)} ${label(source)} and is conditional: an activity needs another outgoing flow besides a single conditional one.`));
    }
  }
  return problems;
};

/** The default flow of an activity or gateway leaves that element and has no condition (EXT.026). */
export const defaultFlowRule: Rule = (model) => {
  const problems: Problem[] = [];
  for (const node of model.all.filter((element) => element.default !== undefined && element.$instanceOf('bpmn:FlowNode'))) {
    const flow = node.default;
    if (!isElement(flow)) continue;
    if (flow.sourceRef !== node) {
      problems.push(problemAt(model, node, 'default-flow', `${kind(node)} ${label(node)} names ${label(flow)} as its default flow, but that flow leaves ${label(flow.sourceRef)}: the default flow must be one of its own outgoing flows.`));
    } else if (flow.conditionExpression) {
      problems.push(problemAt(model, flow, 'default-flow-condition', `Sequence flow ${label(flow)} is the default flow of ${label(node)} and has a condition: a default flow must not have one.`));
    }
  }
  return problems;
};
