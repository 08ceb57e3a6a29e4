import type { Problem } from '../problem.js';
import { kind, label, problemAt, type Rule } from '../rule.js';

/** A gateway splits or joins; its declared direction matches its flows (EXT.017-019, EXT.135, EXT.136). */
export const gatewayFlowsRule: Rule = (model) => {
  const problems: Problem[] = [];
  for (const gateway of model.ofType('bpmn:Gateway')) {
    const incoming = model.incoming(gateway).length;
    const outgoing = model.outgoing(gateway).length;
    const name = `${kind(gateway)} ${label(gateway)}`;
    const counts = `${incoming} incoming and ${outgoing} outgoing`;
    const instantiating = gateway.$instanceOf('bpmn:EventBasedGateway') && gateway.instantiate === true;
    if (incoming <= 1 && outgoing <= 1 && !instantiating) {
      problems.push(problemAt(model, gateway, 'gateway-flows', `${name} has ${counts} sequence flows: a gateway must have several incoming or several outgoing flows.`));
    }
    const direction = gateway.gatewayDirection;
    if (direction === 'Converging' && outgoing > 1) {
      problems.push(problemAt(model, gateway, 'gateway-direction', `${name} is converging but has ${outgoing} outgoing flows: a converging gateway has at most one.`));
    } else if (direction === 'Diverging' && incoming > 1) {
      problems.push(problemAt(model, gateway, 'gateway-direction', `${name} is diverging but has ${incoming} incoming flows: a diverging gateway has at most one.`));
    } else if (direction === 'Mixed' && (incoming < 2 || outgoing < 2)) {
      problems.push(problemAt(model, gateway, 'gateway-direction', `${name} is mixed but has ${counts} flows: a mixed gateway needs several of each.`));
    }
    if (gateway.$instanceOf('bpmn:EventBasedGateway') && outgoing < 2) {
      problems.push(problemAt(model, gateway, 'event-gateway-flows', `${name} has ${outgoing} outgoing flow(s): an event-based gateway needs at least two.`));
    }
  }
  return problems;
};
