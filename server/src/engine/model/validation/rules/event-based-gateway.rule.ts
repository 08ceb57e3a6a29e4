import { isElement } from '../model-index.js';
import type { Problem } from '../problem.js';
import { kind, label, problemAt, triggerTypes, type Rule } from '../rule.js';

const CATCHABLE = new Set(['MessageEventDefinition', 'SignalEventDefinition', 'TimerEventDefinition', 'ConditionalEventDefinition']);

/** Event-based gateways lead to receive tasks or message/signal/timer/conditional catch events, never both message kinds (EXT.138-140, EXT.142). */
export const eventBasedGatewayRule: Rule = (model) => {
  const problems: Problem[] = [];
  for (const gateway of model.ofType('bpmn:EventBasedGateway')) {
    const targets = model.outgoing(gateway).map((flow) => flow.targetRef).filter(isElement);
    let receiveTasks = 0;
    let messageEvents = 0;
    for (const target of targets) {
      if (target.$instanceOf('bpmn:ReceiveTask')) {
        receiveTasks++;
        const boundaries = model.ofType('bpmn:BoundaryEvent').filter((boundary) => boundary.attachedToRef === target);
        if (boundaries.length) {
          problems.push(problemAt(model, target, 'event-gateway-target', `Receive task ${label(target)} follows event-based gateway ${label(gateway)} and has boundary events attached: it must have none.`));
        }
        continue;
      }
      const triggers = target.$instanceOf('bpmn:IntermediateCatchEvent') ? triggerTypes(target) : [];
      if (!triggers.length || !triggers.every((trigger) => CATCHABLE.has(trigger))) {
        problems.push(
          problemAt(model, target, 'event-gateway-target', `${kind(target)} ${label(target)} follows event-based gateway ${label(gateway)}: only receive tasks and message, signal, timer or conditional intermediate catch events may.`),
        );
      }
      if (triggers.includes('MessageEventDefinition')) messageEvents++;
    }
    if (receiveTasks && messageEvents) {
      problems.push(problemAt(model, gateway, 'event-gateway-target', `Event-based gateway ${label(gateway)} leads to both receive tasks and message catch events: use one or the other.`));
    }
    if (gateway.instantiate === true && model.incoming(gateway).length) {
      problems.push(problemAt(model, gateway, 'event-gateway-instantiate', `Event-based gateway ${label(gateway)} instantiates the process and so must have no incoming sequence flow.`));
    }
  }
  return problems;
};
