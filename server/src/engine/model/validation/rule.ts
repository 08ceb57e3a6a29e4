import type { Element, ModelIndex } from './model-index.js';
import type { Problem } from './problem.js';

/** A validation rule: reads the model, returns every violation it finds. */
export type Rule = (model: ModelIndex) => Problem[];

/** Builds a problem about one element, with its line when known. */
export function problemAt(model: ModelIndex, element: Element | undefined, rule: string, message: string): Problem {
  const problem: Problem = { rule, message };
  const owner = element?.id ? element : element && nearestWithId(model, element);
  if (owner?.id) problem.elementId = owner.id;
  const line = model.line(element);
  if (line !== undefined) problem.line = line;
  return problem;
}

function nearestWithId(model: ModelIndex, element: Element): Element | undefined {
  let current = model.parent(element);
  while (current && !current.id) current = model.parent(current);
  return current;
}

/** `"Task_1"` or, for an element without id, its type. */
export function label(element: Element | undefined): string {
  if (!element) return 'nothing';
  return element.id ? `"${element.id}"` : `a ${kind(element)} without id`;
}

/** Human name of the element type: `bpmn:ExclusiveGateway` -> `exclusive gateway`. */
export function kind(element: Element | string): string {
  const type = typeof element === 'string' ? element : element.$type;
  return type
    .replace(/^\w+:/, '')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();
}

/** Event definitions of an event, inline or referenced. */
export function eventDefinitions(event: Element): Element[] {
  return [...(event.eventDefinitions ?? []), ...(event.eventDefinitionRef ?? []).filter((d: unknown) => typeof d === 'object' && d !== null)];
}

/** Local type names (e.g. `MessageEventDefinition`) of an event's definitions. */
export function triggerTypes(event: Element): string[] {
  return eventDefinitions(event).map((definition) => String(definition.$type).replace(/^\w+:/, ''));
}

/** True for an event subprocess. */
export function isEventSubProcess(element: Element | undefined): boolean {
  return !!element && element.$instanceOf('bpmn:SubProcess') && element.triggeredByEvent === true;
}
