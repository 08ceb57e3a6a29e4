import type { Problem } from '../problem.js';
import { kind, problemAt, type Rule } from '../rule.js';

/** Ids are unique in the document (XML ID semantics). */
export const duplicateIdRule: Rule = (model) => {
  const seen = new Map<string, number>();
  const problems: Problem[] = [];
  for (const element of model.scan.elements) {
    const id = element.attributes.id;
    if (id === undefined) continue;
    const first = seen.get(id);
    if (first === undefined) seen.set(id, element.line);
    else
      problems.push({
        rule: 'duplicate-id',
        elementId: id,
        line: element.line,
        message: `Id "${id}" of <${element.localName}> is already used by an element on line ${first}: ids must be unique in the document.`,
      });
  }
  return problems;
};

const NEEDS_ID = ['bpmn:FlowElement', 'bpmn:RootElement', 'bpmn:Participant', 'bpmn:MessageFlow', 'bpmn:Lane'];

/** Flow elements, root elements, participants, message flows and lanes carry an id. */
export const missingIdRule: Rule = (model) =>
  model.all
    .filter((element) => !element.id && NEEDS_ID.some((type) => element.$instanceOf(type)))
    .filter((element) => !element.$instanceOf('bpmn:EventDefinition') && !element.$instanceOf('bpmn:ImplicitThrowEvent'))
    .map((element) => {
      const name = element.name ? ` named "${element.name}"` : '';
      return problemAt(model, element, 'missing-id', `A ${kind(element)}${name} has no id: every ${kind(element)} must have one.`);
    });
