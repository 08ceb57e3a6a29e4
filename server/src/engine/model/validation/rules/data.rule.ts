import { isElement } from '../model-index.js';
import type { Problem } from '../problem.js';
import { kind, label, problemAt, type Rule } from '../rule.js';

/** isCollection of data objects, inputs and outputs agrees with their item definition (EXT.020, 077, 081, 083). */
export const itemCollectionRule: Rule = (model) =>
  [...model.ofType('bpmn:DataObject'), ...model.ofType('bpmn:DataInput'), ...model.ofType('bpmn:DataOutput')]
    .filter((element) => isElement(element.itemSubjectRef) && !!element.isCollection !== !!element.itemSubjectRef.isCollection)
    .map((element) =>
      problemAt(
        model,
        element,
        'item-collection',
        `${kind(element)} ${label(element)} has isCollection=${!!element.isCollection} but its item definition ${label(element.itemSubjectRef)} has isCollection=${!!element.itemSubjectRef.isCollection}: they must match.`,
      ),
    );

/** Data associations read from readable data and write to writable data, one source unless transformed (EXT.082, 092). */
export const dataAssociationRule: Rule = (model) => {
  const problems: Problem[] = [];
  for (const association of model.ofType('bpmn:DataAssociation')) {
    const sources: unknown[] = association.sourceRef ?? [];
    const target = association.targetRef;
    const owner = model.parent(association) ?? association;
    if (sources.length > 1 && !association.transformation) {
      problems.push(problemAt(model, owner, 'data-association-sources', `Data association ${label(association)} of ${label(owner)} has ${sources.length} sources and no transformation: only one source is allowed without a transformation.`));
    }
    if (association.$instanceOf('bpmn:DataInputAssociation')) {
      for (const source of sources.filter(isElement).filter((candidate) => candidate.$instanceOf('bpmn:DataOutput'))) {
        problems.push(problemAt(model, owner, 'data-association-direction', `Data input association ${label(association)} of ${label(owner)} reads from data output ${label(source)}: an input association reads data objects, properties or data inputs.`));
      }
    }
    if (association.$instanceOf('bpmn:DataOutputAssociation') && isElement(target) && target.$instanceOf('bpmn:DataInput')) {
      problems.push(problemAt(model, owner, 'data-association-direction', `Data output association ${label(association)} of ${label(owner)} writes to data input ${label(target)}: an output association writes data objects, properties or data outputs.`));
    }
  }
  return problems;
};

/** A data object reference named "Name [State]" matches its data object's name and its data state (EXT.076). */
export const dataObjectReferenceNameRule: Rule = (model) =>
  model.ofType('bpmn:DataObjectReference').flatMap((reference) => {
    const match = /^(.*?)\s*\[(.*)\]\s*$/.exec(reference.name ?? '');
    const object = reference.dataObjectRef;
    if (!match || !isElement(object)) return [];
    const [, baseName, state] = match;
    const stateName = reference.dataState?.name;
    if (baseName === (object.name ?? '') && (stateName === undefined || state === stateName)) return [];
    return [
      problemAt(model, reference, 'data-object-reference-name', `Data object reference ${label(reference)} is named "${reference.name}", but its data object is "${object.name ?? ''}"${stateName !== undefined ? ` in state "${stateName}"` : ''}: the name must read "data object name [state]".`),
    ];
  });
