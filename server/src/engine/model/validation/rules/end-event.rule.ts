import type { Problem } from '../problem.js';
import { label, problemAt, triggerTypes, type Rule } from '../rule.js';

const END_TRIGGERS = new Set(['MessageEventDefinition', 'EscalationEventDefinition', 'ErrorEventDefinition', 'CancelEventDefinition', 'CompensateEventDefinition', 'SignalEventDefinition', 'TerminateEventDefinition']);

/** End events: incoming but no outgoing flows, result types allowed, cancel only in transactions (EXT.104, 106, 107, 146). */
export const endEventRule: Rule = (model) => {
  const problems: Problem[] = [];
  for (const event of model.ofType('bpmn:EndEvent')) {
    if (model.outgoing(event).length) {
      problems.push(problemAt(model, event, 'end-event-outgoing', `End event ${label(event)} has outgoing sequence flows: an end event must have none.`));
    }
    if (!model.incoming(event).length) {
      problems.push(problemAt(model, event, 'end-event-incoming', `End event ${label(event)} has no incoming sequence flow: it must have at least one.`));
    }
    const triggers = triggerTypes(event);
    for (const trigger of triggers.filter((candidate) => !END_TRIGGERS.has(candidate))) {
      problems.push(problemAt(model, event, 'end-event-result', `End event ${label(event)} has a ${trigger.replace('EventDefinition', '').toLowerCase()} definition, which an end event cannot throw.`));
    }
    if (triggers.includes('CancelEventDefinition') && !model.container(event)?.$instanceOf('bpmn:Transaction')) {
      problems.push(problemAt(model, event, 'cancel-end-event', `Cancel end event ${label(event)} is outside a transaction: cancel end events are only allowed directly inside a transaction subprocess.`));
    }
  }
  return problems;
};
