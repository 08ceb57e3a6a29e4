import type { ElementInstanceState } from '../../state/engine-state.js';
import type { Batch } from '../batch.js';

/** Raises an incident on an element instance: it stays where it is until the incident is resolved. */
export function raiseIncident(batch: Batch, instance: ElementInstanceState, errorType: string, message: string): void {
  batch.emit('INCIDENT_CREATED', batch.newKey(), { errorType, message }, {
    instanceKey: instance.instanceKey,
    elementId: instance.elementId,
    elementInstanceKey: instance.key,
  });
}

/** Runs `work`; an exception becomes an incident on the instance instead of escaping the batch. */
export function guarded(batch: Batch, instance: ElementInstanceState, errorType: string, work: () => void): void {
  try {
    work();
  } catch (error) {
    raiseIncident(batch, instance, errorType, error instanceof Error ? error.message : String(error));
  }
}
