import { isElement } from '../model-index.js';
import type { Problem } from '../problem.js';
import { kind, label, problemAt, triggerTypes, type Rule } from '../rule.js';

const BOUNDARY_TRIGGERS = new Set(['MessageEventDefinition', 'TimerEventDefinition', 'ErrorEventDefinition', 'EscalationEventDefinition', 'CancelEventDefinition', 'CompensateEventDefinition', 'ConditionalEventDefinition', 'SignalEventDefinition']);
const ALWAYS_INTERRUPTING = new Set(['ErrorEventDefinition', 'CancelEventDefinition', 'CompensateEventDefinition']);

function name(trigger: string): string {
  return trigger.replace('EventDefinition', '').toLowerCase();
}

/** Boundary events: a catchable trigger, attached in the same level, no incoming flow (EXT.110, 112, 120, 143, 147). */
export const boundaryEventRule: Rule = (model) => {
  const problems: Problem[] = [];
  for (const event of model.ofType('bpmn:BoundaryEvent')) {
    const triggers = triggerTypes(event);
    if (!triggers.length) {
      problems.push(problemAt(model, event, 'boundary-event-trigger', `Boundary event ${label(event)} has no event definition: a boundary event must catch something.`));
    }
    for (const trigger of triggers.filter((candidate) => !BOUNDARY_TRIGGERS.has(candidate))) {
      problems.push(problemAt(model, event, 'boundary-event-trigger', `Boundary event ${label(event)} has a ${name(trigger)} definition, which a boundary event cannot catch.`));
    }
    if (event.cancelActivity === false) {
      for (const trigger of triggers.filter((candidate) => ALWAYS_INTERRUPTING.has(candidate))) {
        problems.push(problemAt(model, event, 'boundary-event-interrupting', `Boundary event ${label(event)} catches ${name(trigger)} but is non-interrupting: ${name(trigger)} boundary events always interrupt.`));
      }
    }
    if (model.incoming(event).length) {
      problems.push(problemAt(model, event, 'boundary-event-incoming', `Boundary event ${label(event)} is the target of a sequence flow: boundary events have no incoming flows.`));
    }
    const host = event.attachedToRef;
    if (!isElement(host)) {
      if (host === undefined) problems.push(problemAt(model, event, 'boundary-event-host', `Boundary event ${label(event)} is not attached to any activity (attachedToRef is missing).`));
    } else if (host.$instanceOf('bpmn:Activity') && model.container(host) !== model.container(event)) {
      problems.push(problemAt(model, event, 'boundary-event-host', `Boundary event ${label(event)} is attached to ${label(host)}, which lies in another process or subprocess.`));
    }
    if (triggers.includes('CancelEventDefinition') && isElement(host) && !host.$instanceOf('bpmn:Transaction')) {
      problems.push(problemAt(model, event, 'cancel-boundary-event', `Cancel boundary event ${label(event)} is attached to ${kind(host)} ${label(host)}: cancel boundary events attach only to transaction subprocesses.`));
    }
    if (triggers.includes('CompensateEventDefinition')) {
      const handlers = model
        .ofType('bpmn:Association')
        .filter((association) => association.sourceRef === event)
        .map((association) => association.targetRef)
        .filter((target) => isElement(target) && target.$instanceOf('bpmn:Activity') && target.isForCompensation === true);
      if (!handlers.length) {
        problems.push(problemAt(model, event, 'compensation-association', `Compensation boundary event ${label(event)} is not associated with a compensation activity (isForCompensation="true").`));
      }
      if (model.outgoing(event).length) {
        problems.push(problemAt(model, event, 'compensation-association', `Compensation boundary event ${label(event)} has outgoing sequence flows: its handler is connected by an association instead.`));
      }
    }
  }
  return problems;
};
