import { isElement } from '../model-index.js';
import type { Problem } from '../problem.js';
import { sameItem } from './event-definition.rule.js';
import { kind, label, problemAt, type Rule } from '../rule.js';

/** Multi-instance: a cardinality or input collection, resolvable to the task's data, with scalar items of the collection's type (EXT.067-070). */
export const multiInstanceRule: Rule = (model) => {
  const problems: Problem[] = [];
  for (const loop of model.ofType('bpmn:MultiInstanceLoopCharacteristics')) {
    const activity = model.parent(loop);
    if (!activity) continue;
    const name = `${kind(activity)} ${label(activity)}`;
    const input = loop.loopDataInputRef;
    const extended = (loop.extensionElements?.values ?? []).length > 0;
    if (model.isExecutable(loop) && !loop.loopCardinality && !input && !extended) {
      problems.push(problemAt(model, activity, 'multi-instance-input', `Multi-instance ${name} has neither a loopCardinality nor a loopDataInputRef: one is needed to know how many instances to run.`));
    }
    const dataInputs: unknown[] = activity.ioSpecification?.dataInputs ?? [];
    if (isElement(input) && input.$instanceOf('bpmn:DataInput') && !dataInputs.includes(input) && model.isExecutable(loop)) {
      problems.push(problemAt(model, activity, 'multi-instance-input', `Multi-instance ${name} reads its collection from ${label(input)}, which is not a data input of its ioSpecification.`));
    }
    for (const [itemName, collection] of [
      ['inputDataItem', input],
      ['outputDataItem', loop.loopDataOutputRef],
    ] as const) {
      const item = loop[itemName];
      if (!isElement(item)) continue;
      if (item.isCollection === true) {
        problems.push(problemAt(model, activity, 'multi-instance-item', `The ${itemName} of multi-instance ${name} is a collection: it must be a single element of the loop's collection.`));
      }
      const collectionItem = isElement(collection) ? collection.itemSubjectRef : undefined;
      const itemItem = item.itemSubjectRef;
      if (isElement(collectionItem) && isElement(itemItem) && collectionItem.structureRef && itemItem.structureRef && collectionItem.structureRef !== itemItem.structureRef) {
        problems.push(problemAt(model, activity, 'multi-instance-item', `The ${itemName} of multi-instance ${name} has structure "${itemItem.structureRef}", but its collection holds "${collectionItem.structureRef}".`));
      } else if (isElement(collectionItem) && isElement(itemItem) && !collectionItem.structureRef && !sameItem(collectionItem, itemItem) && collectionItem !== itemItem) {
        problems.push(problemAt(model, activity, 'multi-instance-item', `The ${itemName} of multi-instance ${name} uses item ${label(itemItem)}, which does not match its collection's item ${label(collectionItem)}.`));
      }
    }
  }
  return problems;
};
