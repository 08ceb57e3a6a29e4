import { isElement, type Element, type ModelIndex } from '../model-index.js';
import type { Problem } from '../problem.js';
import { sameItem } from './event-definition.rule.js';
import { kind, label, problemAt, type Rule } from '../rule.js';

function list(value: unknown): Element[] {
  return Array.isArray(value) ? value.filter(isElement) : [];
}

function checkItem(model: ModelIndex, task: Element, data: Element | undefined, message: unknown, role: string, problems: Problem[]): void {
  if (!data || !isElement(message)) return;
  const expected = message.itemRef;
  const actual = data.itemSubjectRef;
  if (!expected && !actual) return;
  if (!sameItem(expected, actual)) {
    problems.push(problemAt(model, task, 'message-item', `${kind(task)} ${label(task)}: ${role} ${label(data)} carries item ${label(actual)}, but message ${label(message)} carries ${label(expected)}; they must be equal.`));
  }
}

/** Service, send and receive tasks shape their data after their operation or message (EXT.042-046, 048, 051, 052). */
export const messageTaskRule: Rule = (model) => {
  const problems: Problem[] = [];
  for (const task of [...model.ofType('bpmn:ServiceTask'), ...model.ofType('bpmn:SendTask'), ...model.ofType('bpmn:ReceiveTask')]) {
    const spec = task.ioSpecification;
    const inputSets = list(spec?.inputSets);
    const outputSets = list(spec?.outputSets);
    const inputs = list(spec?.dataInputs);
    const outputs = list(spec?.dataOutputs);
    const operation = isElement(task.operationRef) ? task.operationRef : undefined;
    const name = `${kind(task)} ${label(task)}`;
    if (task.$instanceOf('bpmn:ServiceTask') && operation) {
      if (inputSets.length !== 1) problems.push(problemAt(model, task, 'operation-io', `${name} calls operation ${label(operation)} and so must define exactly one input set; it has ${inputSets.length}.`));
      if (outputSets.length > 1) problems.push(problemAt(model, task, 'operation-io', `${name} calls operation ${label(operation)} and so may define at most one output set; it has ${outputSets.length}.`));
      checkItem(model, task, inputs[0], operation.inMessageRef, 'data input', problems);
      checkItem(model, task, outputs[0], operation.outMessageRef, 'data output', problems);
    }
    const message = isElement(task.messageRef) ? task.messageRef : undefined;
    if (task.$instanceOf('bpmn:SendTask') && message) {
      if (inputSets.length > 1) problems.push(problemAt(model, task, 'message-io', `${name} sends message ${label(message)} and so may define at most one input set; it has ${inputSets.length}.`));
      checkItem(model, task, inputs[0], message, 'data input', problems);
    }
    if (task.$instanceOf('bpmn:ReceiveTask') && message) {
      if (outputs.length > 1) problems.push(problemAt(model, task, 'message-io', `${name} receives message ${label(message)} and so may define at most one data output; it has ${outputs.length}.`));
      checkItem(model, task, outputs[0], message, 'data output', problems);
    }
  }
  return problems;
};
