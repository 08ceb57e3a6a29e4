import type { EventDefinition, ExecutableElement } from '../executable-model.js';
import { mappings } from './activity.transformer.js';
import { transformEventDefinitions } from './event-definition.transformer.js';
import { transformJobDefinition } from './job.transformer.js';
import type { ModdleElement, TransformContext } from './transform-context.js';

type DefinitionType = EventDefinition['type'];

const ALLOWED: Record<string, readonly DefinitionType[]> = {
  startEvent: ['message', 'timer', 'signal', 'conditional'],
  eventSubProcessStart: ['message', 'timer', 'signal', 'conditional', 'error', 'escalation', 'compensate'],
  endEvent: ['message', 'signal', 'error', 'escalation', 'terminate', 'compensate', 'cancel'],
  intermediateCatchEvent: ['timer', 'message', 'signal', 'link', 'conditional'],
  intermediateThrowEvent: ['message', 'signal', 'escalation', 'link', 'compensate'],
  boundaryEvent: ['timer', 'message', 'signal', 'error', 'escalation', 'conditional', 'compensate', 'cancel'],
};

/** Start, end, intermediate and boundary events. */
export function transformEvent(source: ModdleElement, element: ExecutableElement, context: TransformContext, inEventSubProcess: boolean): void {
  element.eventDefinitions = transformEventDefinitions(source, context);
  element.parallelMultiple = source.parallelMultiple === true;
  element.inputs = mappings(source, 'input');
  element.outputs = mappings(source, 'output');
  if (element.kind === 'intermediateThrowEvent' || element.kind === 'endEvent') {
    const jobType = transformJobDefinition(source, element, context);
    if (jobType && element.eventDefinitions.some((definition) => definition.type === 'message')) element.jobType = jobType;
  }
  const allowedKey = element.kind === 'startEvent' && inEventSubProcess ? 'eventSubProcessStart' : element.kind;
  const allowed = ALLOWED[allowedKey] ?? [];
  for (const definition of element.eventDefinitions) {
    if (!allowed.includes(definition.type)) {
      context.problem(
        source.id,
        'unsupported-event-definition',
        `${element.kind} "${source.id}" cannot have a ${definition.type} event definition here.`,
      );
    }
  }
  if (element.kind === 'startEvent') element.interrupting = source.isInterrupting !== false;
  if (element.kind === 'boundaryEvent') {
    element.interrupting = source.cancelActivity !== false;
    element.attachedTo = source.attachedToRef?.id;
    if (!element.attachedTo) context.problem(source.id, 'boundary-unattached', `Boundary event "${source.id}" is attached to nothing.`);
  }
  const link = element.eventDefinitions.find((definition) => definition.type === 'link');
  if (link && element.kind === 'intermediateThrowEvent') {
    const targetDefinition = (source.eventDefinitions ?? []).find((d: ModdleElement) => d.$type === 'bpmn:LinkEventDefinition');
    const explicitTarget: ModdleElement = targetDefinition?.target;
    element.linkTargetId = explicitTarget?.$parent?.id;
  }
}
