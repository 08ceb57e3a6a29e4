import type { Problem } from '../problem.js';
import { isEventSubProcess, label, problemAt, triggerTypes, type Rule } from '../rule.js';

const TRIGGERS = new Set(['MessageEventDefinition', 'ErrorEventDefinition', 'EscalationEventDefinition', 'CompensateEventDefinition', 'ConditionalEventDefinition', 'SignalEventDefinition', 'TimerEventDefinition']);
const INTERRUPTING_ONLY = new Set(['ErrorEventDefinition', 'CompensateEventDefinition']);

/** Event subprocesses: unconnected, one start event with an allowed trigger (EXT.021, 022, 058, 059). */
export const eventSubProcessRule: Rule = (model) => {
  const problems: Problem[] = [];
  for (const sub of model.ofType('bpmn:SubProcess').filter(isEventSubProcess)) {
    if (model.incoming(sub).length || model.outgoing(sub).length) {
      problems.push(problemAt(model, sub, 'event-subprocess-flows', `Event subprocess ${label(sub)} is connected by sequence flows: an event subprocess has no incoming or outgoing flows.`));
    }
    const starts = (sub.flowElements ?? []).filter((element: { $instanceOf(type: string): boolean }) => element.$instanceOf('bpmn:StartEvent'));
    if (starts.length !== 1) {
      problems.push(problemAt(model, sub, 'event-subprocess-start', `Event subprocess ${label(sub)} has ${starts.length} start events: it must have exactly one.`));
    }
    for (const start of starts) {
      const triggers = triggerTypes(start);
      if (!triggers.length) {
        problems.push(problemAt(model, start, 'event-subprocess-trigger', `Start event ${label(start)} of event subprocess ${label(sub)} has no trigger: it must define the event that starts the subprocess.`));
      }
      for (const trigger of triggers) {
        const name = trigger.replace('EventDefinition', '').toLowerCase();
        if (!TRIGGERS.has(trigger)) {
          problems.push(problemAt(model, start, 'event-subprocess-trigger', `Start event ${label(start)} of event subprocess ${label(sub)} has a ${name} trigger, which cannot start an event subprocess.`));
        } else if (start.isInterrupting === false && INTERRUPTING_ONLY.has(trigger)) {
          problems.push(problemAt(model, start, 'event-subprocess-trigger', `Start event ${label(start)} of event subprocess ${label(sub)} is non-interrupting with a ${name} trigger: ${name} start events always interrupt.`));
        }
      }
    }
  }
  return problems;
};
