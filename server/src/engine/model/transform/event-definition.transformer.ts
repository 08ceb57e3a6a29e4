import type { EventDefinition } from '../executable-model.js';
import { expressionOf, extensionAttribute, firstExtension, genericAttribute, type ModdleElement, type TransformContext } from './transform-context.js';

/** Turns the event definitions of an event (inline and referenced) into executable ones. */
export function transformEventDefinitions(event: ModdleElement, context: TransformContext): EventDefinition[] {
  const definitions: ModdleElement[] = [...(event.eventDefinitions ?? []), ...(event.eventDefinitionRef ?? [])];
  const result: EventDefinition[] = [];
  for (const definition of definitions) {
    const transformed = transformEventDefinition(definition, event.id, context, event);
    if (transformed) result.push(transformed);
  }
  return result;
}

/** One event definition; reports a problem and returns undefined when it cannot execute. */
export function transformEventDefinition(
  definition: ModdleElement,
  elementId: string,
  context: TransformContext,
  event?: ModdleElement,
): EventDefinition | undefined {
  switch (definition.$type) {
    case 'bpmn:MessageEventDefinition': {
      const message = definition.messageRef;
      const correlation =
        genericAttribute(firstExtension(event, 'subscription'), 'correlationKey') ??
        genericAttribute(firstExtension(message, 'subscription'), 'correlationKey') ??
        extensionAttribute(definition, 'correlationKey') ??
        extensionAttribute(message, 'correlationKey');
      return {
        type: 'message',
        messageName: message?.name ?? message?.id ?? elementId,
        correlationKey: correlation ? { source: correlation } : undefined,
      };
    }
    case 'bpmn:TimerEventDefinition': {
      const kinds = [
        ['duration', definition.timeDuration],
        ['date', definition.timeDate],
        ['cycle', definition.timeCycle],
      ] as const;
      for (const [kind, formal] of kinds) {
        const expression = expressionOf(formal);
        if (expression) return { type: 'timer', timer: { kind, expression } };
      }
      context.problem(elementId, 'timer-without-value', `Timer of "${elementId}" has no duration, date or cycle.`);
      return undefined;
    }
    case 'bpmn:SignalEventDefinition': {
      const signal = definition.signalRef;
      return { type: 'signal', signalName: signal?.name ?? signal?.id ?? elementId };
    }
    case 'bpmn:ConditionalEventDefinition': {
      const condition = expressionOf(definition.condition);
      if (!condition) {
        context.problem(elementId, 'condition-missing', `Conditional event "${elementId}" has no condition.`);
        return undefined;
      }
      return { type: 'conditional', condition };
    }
    case 'bpmn:ErrorEventDefinition':
      return { type: 'error', errorCode: definition.errorRef?.errorCode ?? definition.errorRef?.id };
    case 'bpmn:EscalationEventDefinition':
      return {
        type: 'escalation',
        escalationCode: definition.escalationRef?.escalationCode ?? definition.escalationRef?.id,
      };
    case 'bpmn:CompensateEventDefinition':
      return {
        type: 'compensate',
        activityRef: definition.activityRef?.id,
        waitForCompletion: definition.waitForCompletion !== false,
      };
    case 'bpmn:CancelEventDefinition':
      return { type: 'cancel' };
    case 'bpmn:TerminateEventDefinition':
      return { type: 'terminate' };
    case 'bpmn:LinkEventDefinition':
      return { type: 'link', linkName: definition.name ?? definition.id };
    default:
      context.problem(
        elementId,
        'unsupported-event-definition',
        `Event "${elementId}" uses ${String(definition.$type).replace('bpmn:', '')}, which this engine does not execute.`,
      );
      return undefined;
  }
}
