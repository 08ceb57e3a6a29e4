import { isElement, type Element } from '../model-index.js';
import type { Problem } from '../problem.js';
import { sameItem } from './event-definition.rule.js';
import { label, problemAt, triggerTypes, type Rule } from '../rule.js';

function list(value: unknown): Element[] {
  return Array.isArray(value) ? value.filter(isElement) : [];
}

/** Call activities name a callable element that exists, can start, and whose data they mirror (EXT.063-065, 099). */
export const callActivityRule: Rule = (model) => {
  const problems: Problem[] = [];
  const known = new Set(model.options.knownProcessIds ?? []);
  for (const call of model.ofType('bpmn:CallActivity')) {
    const calledId = typeof call.calledElement === 'string' ? call.calledElement.trim() : '';
    if (!calledId || calledId.startsWith('=')) continue;
    const callee = model.all.find((element) => element.id === calledId && element.$instanceOf('bpmn:CallableElement'));
    if (!callee) {
      if (!known.has(calledId)) problems.push(problemAt(model, call, 'called-element', `Call activity ${label(call)} calls "${calledId}", which is neither a process of this deployment nor a known deployed process.`));
      continue;
    }
    if (callee.$instanceOf('bpmn:Process')) {
      const starts = (callee.flowElements ?? []).filter((element: Element) => element.$instanceOf('bpmn:StartEvent'));
      if (!starts.some((start: Element) => triggerTypes(start).length === 0)) {
        problems.push(problemAt(model, call, 'called-element-start', `Call activity ${label(call)} calls process ${label(callee)}, which has no none start event to start it with.`));
      }
    }
    const mine = call.ioSpecification;
    const theirs = callee.ioSpecification;
    if (mine || theirs) {
      for (const kind of ['dataInputs', 'dataOutputs'] as const) {
        const a = list(mine?.[kind]);
        const b = list(theirs?.[kind]);
        const noun = kind === 'dataInputs' ? 'data inputs' : 'data outputs';
        if (a.length !== b.length) {
          problems.push(problemAt(model, call, 'called-element-data', `Call activity ${label(call)} declares ${a.length} ${noun}, but ${label(callee)} declares ${b.length}: they must match exactly.`));
        } else {
          a.forEach((data, index) => {
            if ((data.itemSubjectRef || b[index].itemSubjectRef) && !sameItem(data.itemSubjectRef, b[index].itemSubjectRef)) {
              problems.push(problemAt(model, call, 'called-element-data', `Call activity ${label(call)}: ${label(data)} carries item ${label(data.itemSubjectRef)}, but the matching ${label(b[index])} of ${label(callee)} carries ${label(b[index].itemSubjectRef)}.`));
            }
          });
        }
      }
    }
  }
  for (const callable of model.ofType('bpmn:CallableElement')) {
    if (!list(callable.supportedInterfaceRef).length) continue;
    const bindings = list(callable.ioBinding);
    if (!bindings.length) {
      problems.push(problemAt(model, callable, 'io-binding', `${label(callable)} supports an interface but defines no ioBinding: a callable element exposed as a service binds its data to an operation.`));
    }
    for (const binding of bindings) {
      const operation = binding.operationRef;
      if (!isElement(operation)) continue;
      for (const [dataName, messageName] of [
        ['inputDataRef', 'inMessageRef'],
        ['outputDataRef', 'outMessageRef'],
      ] as const) {
        const data = binding[dataName];
        const message = operation[messageName];
        if (isElement(data) && isElement(message) && !sameItem(data.itemSubjectRef, message.itemRef)) {
          problems.push(problemAt(model, callable, 'io-binding', `ioBinding of ${label(callable)} binds ${label(data)} (item ${label(data.itemSubjectRef)}) to operation ${label(operation)}, whose message ${label(message)} carries ${label(message.itemRef)}.`));
        }
      }
    }
  }
  return problems;
};
