import { BPMN_NS } from '../xml-scan.js';
import { kind, label, problemAt, type Rule } from '../rule.js';

/** Attributes that bpmn-moddle could not place: unprefixed or in the BPMN namespace, yet not in the schema. */
export const unknownAttributeRule: Rule = (model) => {
  const root = model.scan.elements[0];
  const bpmnPrefixes = new Set(
    Object.entries(root?.attributes ?? {})
      .filter(([name, value]) => name.startsWith('xmlns:') && value === BPMN_NS)
      .map(([name]) => name.slice(6)),
  );
  return model.all.flatMap((element) =>
    Object.keys(element.$attrs ?? {})
      .filter((name) => name !== 'xmlns' && !name.startsWith('xmlns:'))
      .filter((name) => !name.includes(':') || bpmnPrefixes.has(name.split(':')[0]))
      .map((name) => problemAt(model, element, 'unknown-attribute', `${kind(element)} ${label(element)} has attribute "${name}", which BPMN 2.0 does not define for it.`)),
  );
};
