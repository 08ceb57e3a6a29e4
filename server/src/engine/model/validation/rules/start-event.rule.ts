import type { Problem } from '../problem.js';
import { isEventSubProcess, label, problemAt, triggerTypes, type Rule } from '../rule.js';

const TOP_LEVEL_TRIGGERS = new Set(['MessageEventDefinition', 'TimerEventDefinition', 'ConditionalEventDefinition', 'SignalEventDefinition']);

function describeTriggers(triggers: string[]): string {
  return triggers.map((trigger) => trigger.replace('EventDefinition', '').toLowerCase()).join(', ');
}

/** Start events: no incoming, at least one outgoing, triggers allowed at their level (EXT.096, 098, 100, 101, 121). */
export const startEventRule: Rule = (model) => {
  const problems: Problem[] = [];
  for (const event of model.ofType('bpmn:StartEvent')) {
    const level = model.container(event);
    if (model.incoming(event).length) {
      problems.push(problemAt(model, event, 'start-event-incoming', `Start event ${label(event)} has incoming sequence flows: a start event must have none.`));
    }
    if (!model.outgoing(event).length) {
      problems.push(problemAt(model, event, 'start-event-outgoing', `Start event ${label(event)} has no outgoing sequence flow: it must have at least one.`));
    }
    const triggers = triggerTypes(event);
    if (level?.$instanceOf('bpmn:Process')) {
      const wrong = triggers.filter((trigger) => !TOP_LEVEL_TRIGGERS.has(trigger));
      if (wrong.length) {
        problems.push(problemAt(model, event, 'start-event-trigger', `Start event ${label(event)} of process ${label(level)} has a ${describeTriggers(wrong)} trigger: a process starts only by none, message, timer, conditional or signal events.`));
      }
    } else if (level?.$instanceOf('bpmn:SubProcess') && !isEventSubProcess(level) && triggers.length) {
      problems.push(problemAt(model, event, 'start-event-trigger', `Start event ${label(event)} of subprocess ${label(level)} has a ${describeTriggers(triggers)} trigger: a subprocess starts only by a none start event.`));
    }
  }
  return problems;
};

/** A receive task that instantiates the process has no incoming flow (EXT.049). */
export const instantiatingReceiveTaskRule: Rule = (model) =>
  model
    .ofType('bpmn:ReceiveTask')
    .filter((task) => task.instantiate === true && model.incoming(task).length)
    .map((task) => problemAt(model, task, 'receive-task-instantiate', `Receive task ${label(task)} instantiates the process and so must have no incoming sequence flow.`));
