import type { Element } from '../model-index.js';
import type { Problem } from '../problem.js';
import { eventDefinitions, label, problemAt, type Rule } from '../rule.js';

function linkName(event: Element): string | undefined {
  const link = eventDefinitions(event).find((definition) => definition.$instanceOf('bpmn:LinkEventDefinition'));
  if (!link) return undefined;
  return String(link.name ?? event.name ?? '');
}

/** Every link throw has exactly one link catch of the same name on its process level, and every catch a throw (EXT.118, 125, 126). */
export const linkEventRule: Rule = (model) => {
  const problems: Problem[] = [];
  const catches = model.ofType('bpmn:IntermediateCatchEvent').filter((event) => linkName(event) !== undefined);
  const throws = model.ofType('bpmn:IntermediateThrowEvent').filter((event) => linkName(event) !== undefined);
  for (const thrower of throws) {
    const name = linkName(thrower)!;
    const targets = catches.filter((candidate) => linkName(candidate) === name && model.container(candidate) === model.container(thrower));
    if (targets.length !== 1) {
      const found = targets.length ? `${targets.length} link catch events named "${name}"` : `no link catch event named "${name}"`;
      problems.push(problemAt(model, thrower, 'link-event-target', `Link throw event ${label(thrower)} has ${found} on its process level: it needs exactly one target.`));
    }
  }
  for (const catcher of catches) {
    const name = linkName(catcher)!;
    if (!throws.some((candidate) => linkName(candidate) === name && model.container(candidate) === model.container(catcher))) {
      problems.push(problemAt(model, catcher, 'link-event-source', `Link catch event ${label(catcher)} has no link throw event named "${name}" on its process level.`));
    }
  }
  return problems;
};
