import type { EventDefinition, ExecutableElement } from '../../model/executable-model.js';
import type { Batch } from '../batch.js';
import type { TriggerPayload } from '../types.js';
import { terminateElement } from './termination.behaviour.js';
import { triggerBoundary, triggerEventSubProcess } from './trigger.behaviour.js';

/** Where a thrown error or escalation is caught. */
export type CatchPoint =
  | { kind: 'boundary'; activityKey: number; element: ExecutableElement }
  | { kind: 'eventSubProcess'; scopeKey: number; element: ExecutableElement };

type Thrown = { type: 'error'; code?: string } | { type: 'escalation'; code?: string };

function matches(definition: EventDefinition, thrown: Thrown): boolean {
  if (definition.type !== thrown.type) return false;
  const code = definition.type === 'error' ? definition.errorCode : definition.type === 'escalation' ? definition.escalationCode : undefined;
  return code === undefined || code === thrown.code;
}

/**
 * Finds the nearest catcher, walking from `startKey` outwards: at each scope its event
 * sub-processes, then the boundary events of the activity itself.
 */
export function findCatch(batch: Batch, startKey: number, thrown: Thrown): CatchPoint | undefined {
  let current = batch.state.elementInstances.get(startKey);
  while (current) {
    const element = batch.element(current);
    const model = batch.model(current.instanceKey);
    for (const espId of element.eventSubProcesses) {
      for (const startId of model.elements[espId].triggeredStartEvents) {
        const start = model.elements[startId];
        if (start.eventDefinitions.some((definition) => matches(definition, thrown))) return { kind: 'eventSubProcess', scopeKey: current.key, element: start };
      }
    }
    const holdsBoundaries = current.body !== undefined || !(element.loop || element.multiInstance);
    if (holdsBoundaries && current.parentKey !== undefined) {
      for (const boundaryId of element.boundaryEvents) {
        const boundary = model.elements[boundaryId];
        if (boundary.eventDefinitions.some((definition) => matches(definition, thrown))) return { kind: 'boundary', activityKey: current.key, element: boundary };
      }
    }
    current = current.parentKey !== undefined ? batch.state.elementInstances.get(current.parentKey) : undefined;
  }
  return undefined;
}

function deliver(batch: Batch, point: CatchPoint, payload: TriggerPayload): void {
  if (point.kind === 'boundary') triggerBoundary(batch, point.activityKey, point.element, point.element.interrupting, payload);
  else triggerEventSubProcess(batch, point.scopeKey, point.element, point.element.interrupting, payload);
}

/**
 * Throws a BPMN error from `startKey` (an activity that failed, or the scope of an error end
 * event). Caught: the catcher takes over. Uncaught in a called instance: it goes on in the parent.
 * Uncaught at the top: the instance fails with the error as its recorded outcome.
 */
export function throwError(batch: Batch, startKey: number, errorCode: string | undefined, message?: string): void {
  const origin = batch.state.elementInstances.get(startKey);
  if (!origin) return;
  const point = findCatch(batch, startKey, { type: 'error', code: errorCode });
  batch.emit('ERROR_THROWN', batch.newKey(), { errorCode, message, caughtBy: point?.element.id }, { instanceKey: origin.instanceKey, elementId: origin.elementId, elementInstanceKey: origin.key });
  if (point) return deliver(batch, point, { variables: undefined });
  const process = batch.state.instances.get(origin.instanceKey);
  if (!process) return;
  if (process.parent) {
    batch.outbound.push({ type: 'PropagateError', instanceKey: process.parent.instanceKey, elementInstanceKey: process.parent.elementInstanceKey, errorCode, message });
    return;
  }
  batch.emit('INSTANCE_FAILED', process.key, { reason: 'uncaught-error', errorCode, message }, { instanceKey: process.key });
  terminateElement(batch, process.key);
}

/**
 * Throws an escalation from `startKey`. Returns true when the thrower goes on (uncaught, or caught
 * without interruption); an interrupting catcher has already terminated it.
 */
export function throwEscalation(batch: Batch, startKey: number, escalationCode: string | undefined): void {
  const origin = batch.state.elementInstances.get(startKey);
  if (!origin) return;
  const point = findCatch(batch, startKey, { type: 'escalation', code: escalationCode });
  batch.emit('ESCALATION_THROWN', batch.newKey(), { escalationCode, caughtBy: point?.element.id }, { instanceKey: origin.instanceKey, elementId: origin.elementId, elementInstanceKey: origin.key });
  if (point) deliver(batch, point, {});
}
