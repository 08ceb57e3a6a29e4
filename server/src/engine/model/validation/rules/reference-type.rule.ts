import { isElement } from '../model-index.js';
import { kind, label, problemAt, type Rule } from '../rule.js';

/** A reference resolves to an element of the type the meta-model allows (e.g. a sequence flow's target is a flow node). */
export const referenceTypeRule: Rule = (model) =>
  model.all.flatMap((element) =>
    (element.$descriptor?.properties ?? [])
      .filter((property) => property.isReference && !property.name.startsWith('bpmndi:'))
      .flatMap((property) => {
        const value = element[property.name];
        return (Array.isArray(value) ? value : [value])
          .filter((target) => isElement(target) && !target.$instanceOf(property.type))
          .map((target) =>
            problemAt(
              model,
              element,
              'reference-type',
              `${kind(element)} ${label(element)} refers through "${property.ns.localName}" to ${label(target)}, a ${kind(target)}; it must be a ${kind(property.type)}.`,
            ),
          );
      }),
  );
