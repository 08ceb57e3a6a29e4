import type { Problem } from '../problem.js';
import { type Element, isElement } from '../model-index.js';
import { eventDefinitions, kind, label, problemAt, type Rule } from '../rule.js';

/**
 * A message that carries `hito:subscription` is bound to Hito's correlation by name and key, which
 * is how Hito receives it: that binding stands in for the WSDL-style operation BPMN asks for.
 */
function hasHitoBinding(message: unknown): boolean {
  if (!isElement(message)) return false;
  const values: { $type: string }[] = message.extensionElements?.values ?? [];
  return values.some((value) => value.$type === 'hito:Subscription');
}

/** A throw event with `hito:taskDefinition` is sent by a worker's job, which says how the message leaves. */
function hasJobDefinition(event: Element): boolean {
  const values: { $type: string }[] = event.extensionElements?.values ?? [];
  return values.some((value) => value.$type === 'hito:TaskDefinition');
}

/** Message triggers name their message and, in executable processes, their operation (EXT.127, 128); thrown escalations have a code (EXT.011). */
export const eventDefinitionRule: Rule = (model) => {
  const problems: Problem[] = [];
  for (const definition of model.ofType('bpmn:EventDefinition')) {
    const event = model.parent(definition);
    if (!event?.$instanceOf('bpmn:Event')) continue;
    const name = `${kind(event)} ${label(event)}`;
    if (definition.$instanceOf('bpmn:MessageEventDefinition') && model.isExecutable(event)) {
      if (!definition.messageRef) problems.push(problemAt(model, event, 'message-ref-required', `The message trigger of ${name} names no message (messageRef): an executable process needs one.`));
      if (!definition.operationRef && !hasHitoBinding(definition.messageRef) && !(event.$instanceOf('bpmn:ThrowEvent') && hasJobDefinition(event))) {
        problems.push(problemAt(model, event, 'operation-ref-required', `The message trigger of ${name} names neither an operation (operationRef) nor a Hito subscription on its message (hito:subscription): an executable process must say how the message is received.`));
      }
    }
    if (definition.$instanceOf('bpmn:EscalationEventDefinition') && event.$instanceOf('bpmn:ThrowEvent')) {
      const escalation = definition.escalationRef;
      if (!isElement(escalation) || !escalation.escalationCode) {
        problems.push(problemAt(model, event, 'escalation-code', `${name} throws an escalation without an escalationCode: a thrown escalation needs a referenced escalation with a code.`));
      }
    }
  }
  return problems;
};

/** An event definition inlined in a throw event is not reused by other events (EXT.095). */
export const sharedEventDefinitionRule: Rule = (model) => {
  const problems: Problem[] = [];
  for (const event of model.ofType('bpmn:Event')) {
    for (const referenced of (event.eventDefinitionRef ?? []).filter(isElement)) {
      const owner = model.parent(referenced);
      if (owner?.$instanceOf('bpmn:ThrowEvent') && owner !== event) {
        problems.push(problemAt(model, event, 'shared-event-definition', `${kind(event)} ${label(event)} references event definition ${label(referenced)}, which belongs to throw event ${label(owner)}: definitions of throw events must not be used elsewhere.`));
      }
    }
  }
  return problems;
};

function itemOf(definition: unknown): unknown {
  if (!isElement(definition)) return undefined;
  if (definition.$instanceOf('bpmn:MessageEventDefinition')) return definition.messageRef?.itemRef;
  if (definition.$instanceOf('bpmn:SignalEventDefinition')) return definition.signalRef?.structureRef;
  if (definition.$instanceOf('bpmn:ErrorEventDefinition')) return definition.errorRef?.structureRef;
  if (definition.$instanceOf('bpmn:EscalationEventDefinition')) return definition.escalationRef?.structureRef;
  return undefined;
}

/** Event data: one data input/output per event definition, carrying the definition's item (EXT.093, 094). */
export const eventDataRule: Rule = (model) => {
  const problems: Problem[] = [];
  for (const event of model.ofType('bpmn:Event')) {
    const data: unknown[] = event.$instanceOf('bpmn:ThrowEvent') ? (event.dataInputs ?? []) : (event.dataOutputs ?? []);
    if (!data.length) continue;
    const definitions = eventDefinitions(event);
    const noun = event.$instanceOf('bpmn:ThrowEvent') ? 'data inputs' : 'data outputs';
    if (data.length !== definitions.length) {
      problems.push(problemAt(model, event, 'event-data', `${kind(event)} ${label(event)} has ${data.length} ${noun} for ${definitions.length} event definitions: there must be one per event definition.`));
      continue;
    }
    definitions.forEach((definition, index) => {
      const expected = itemOf(definition);
      const item = data[index];
      const actual = isElement(item) ? item.itemSubjectRef : undefined;
      if (isElement(expected) && isElement(actual) && !sameItem(expected, actual)) {
        problems.push(problemAt(model, event, 'event-data', `${kind(event)} ${label(event)}: ${label(item as never)} carries item ${label(actual)}, but its event definition ${label(definition)} carries ${label(expected)}.`));
      }
    });
  }
  return problems;
};

/** Two item definitions describe the same data (same element, or same structure and multiplicity). */
export function sameItem(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (!isElement(a) || !isElement(b)) return false;
  return !!a.structureRef && a.structureRef === b.structureRef && !!a.isCollection === !!b.isCollection;
}
