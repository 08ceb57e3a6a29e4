import type { ExecutableElement, MultiInstance, VariableMapping } from '../executable-model.js';
import { transformEventDefinition } from './event-definition.transformer.js';
import {
  expressionOf,
  extensionAttribute,
  extensionElements,
  genericAttribute,
  type ModdleElement,
  type TransformContext,
} from './transform-context.js';

/** Reads what every activity has: token quantities, loops, compensation flag, variable mappings. */
export function transformActivity(source: ModdleElement, element: ExecutableElement, context: TransformContext): void {
  element.startQuantity = source.startQuantity ?? 1;
  element.completionQuantity = source.completionQuantity ?? 1;
  if (element.startQuantity < 1) {
    context.problem(source.id, 'start-quantity', `Activity "${source.id}" has startQuantity ${element.startQuantity}; it must be at least 1.`);
  }
  if (element.completionQuantity < 1) {
    context.problem(
      source.id,
      'completion-quantity',
      `Activity "${source.id}" has completionQuantity ${element.completionQuantity}; it must be at least 1.`,
    );
  }
  element.isForCompensation = source.isForCompensation === true;
  if (source.default) element.defaultFlow = source.default.id;
  element.inputs = mappings(source, 'input');
  element.outputs = mappings(source, 'output');
  const loop = source.loopCharacteristics;
  if (loop?.$type === 'bpmn:StandardLoopCharacteristics') {
    const maximum = loop.loopMaximum;
    if (typeof maximum === 'number' && maximum < 0) {
      context.problem(source.id, 'loop-maximum', `Loop of "${source.id}" has loopMaximum ${maximum}; it must not be negative.`);
    }
    element.loop = { condition: expressionOf(loop.loopCondition), testBefore: loop.testBefore === true, maximum };
  } else if (loop?.$type === 'bpmn:MultiInstanceLoopCharacteristics') {
    element.multiInstance = transformMultiInstance(source.id, loop, context);
  }
}

/** The `hito:input` or `hito:output` mappings of an element. */
export function mappings(source: ModdleElement, kind: 'input' | 'output'): VariableMapping[] {
  return extensionElements(source, kind)
    .map((mapping) => ({ source: genericAttribute(mapping, 'source'), target: genericAttribute(mapping, 'target') }))
    .filter((mapping): mapping is { source: string; target: string } => !!mapping.source && !!mapping.target)
    .map((mapping) => ({ source: { source: mapping.source }, target: mapping.target }));
}

function transformMultiInstance(id: string, loop: ModdleElement, context: TransformContext): MultiInstance {
  const cardinality = expressionOf(loop.loopCardinality);
  if (cardinality && /^-\d+(\.\d+)?$/.test(cardinality.source)) {
    context.problem(id, 'loop-cardinality', `Multi-instance "${id}" has loopCardinality ${cardinality.source}; it must not be negative.`);
  }
  const inputCollection = extensionAttribute(loop, 'inputCollection') ?? loop.loopDataInputRef?.name ?? loop.loopDataInputRef?.id;
  const inputElement = extensionAttribute(loop, 'inputElement') ?? loop.inputDataItem?.name ?? loop.inputDataItem?.id;
  const outputCollection = extensionAttribute(loop, 'outputCollection') ?? loop.loopDataOutputRef?.name;
  const outputElement = extensionAttribute(loop, 'outputElement') ?? loop.outputDataItem?.name;
  if (!cardinality && !inputCollection) {
    context.problem(id, 'multi-instance-size', `Multi-instance "${id}" needs a loopCardinality or an input collection.`);
  }
  const event = (definition: ModdleElement) => (definition ? transformEventDefinition(definition, id, context) : undefined);
  return {
    sequential: loop.isSequential === true,
    cardinality,
    inputCollection: inputCollection ? { source: inputCollection } : undefined,
    inputElement,
    outputCollection,
    outputElement: outputElement ? { source: outputElement } : undefined,
    completionCondition: expressionOf(loop.completionCondition),
    behavior: loop.behavior ?? 'All',
    oneBehaviorEvent: event(loop.oneBehaviorEventRef),
    noneBehaviorEvent: event(loop.noneBehaviorEventRef),
    complexBehavior: (loop.complexBehaviorDefinition ?? []).map((definition: ModdleElement) => ({
      condition: expressionOf(definition.condition),
      event: event(definition.event?.eventDefinitions?.[0]),
    })),
  };
}
