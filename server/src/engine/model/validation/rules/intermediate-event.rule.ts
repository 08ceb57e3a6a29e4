import type { Problem } from '../problem.js';
import { label, problemAt, triggerTypes, type Rule } from '../rule.js';

const CATCH_TRIGGERS = new Set(['MessageEventDefinition', 'TimerEventDefinition', 'ConditionalEventDefinition', 'LinkEventDefinition', 'SignalEventDefinition']);
const THROW_TRIGGERS = new Set(['MessageEventDefinition', 'EscalationEventDefinition', 'CompensateEventDefinition', 'LinkEventDefinition', 'SignalEventDefinition']);

function name(trigger: string): string {
  return trigger.replace('EventDefinition', '').toLowerCase();
}

/** Intermediate events: allowed triggers and flows in normal flow (EXT.115, 117, 122, 148, 149). */
export const intermediateEventRule: Rule = (model) => {
  const problems: Problem[] = [];
  for (const event of [...model.ofType('bpmn:IntermediateCatchEvent'), ...model.ofType('bpmn:IntermediateThrowEvent')]) {
    const catching = event.$instanceOf('bpmn:IntermediateCatchEvent');
    const triggers = triggerTypes(event);
    const allowed = catching ? CATCH_TRIGGERS : THROW_TRIGGERS;
    if (catching && !triggers.length) {
      problems.push(problemAt(model, event, 'intermediate-event-trigger', `Intermediate catch event ${label(event)} has no event definition: it must wait for something.`));
    }
    for (const trigger of triggers.filter((candidate) => !allowed.has(candidate))) {
      problems.push(problemAt(model, event, 'intermediate-event-trigger', `Intermediate ${catching ? 'catch' : 'throw'} event ${label(event)} has a ${name(trigger)} definition, which an intermediate ${catching ? 'catch' : 'throw'} event cannot use.`));
    }
    const link = triggers.includes('LinkEventDefinition');
    const incoming = model.incoming(event).length;
    const outgoing = model.outgoing(event).length;
    if (link && catching && incoming) {
      problems.push(problemAt(model, event, 'link-event-flows', `Link catch event ${label(event)} has incoming sequence flows: a link catch event is only entered through its link.`));
    } else if (link && !catching && outgoing) {
      problems.push(problemAt(model, event, 'link-event-flows', `Link throw event ${label(event)} has outgoing sequence flows: a link throw event continues only through its link.`));
    } else if (!(link && catching) && !incoming) {
      problems.push(problemAt(model, event, 'intermediate-event-incoming', `Intermediate event ${label(event)} has no incoming sequence flow: it must be the target of at least one.`));
    }
  }
  return problems;
};
