import type { ParentLink } from '../../protocol/record.js';
import type { Batch } from '../batch.js';
import type { TriggerPayload, Variables } from '../types.js';
import { runProcessor } from './activation.behaviour.js';
import { setLocalVariable } from './variables.behaviour.js';

/** How a new instance starts. */
export interface CreateOptions {
  variables?: Variables;
  startAt?: string;
  payload?: TriggerPayload;
  parent?: ParentLink;
}

/** Creates a process instance of a deployed process and runs it to its first wait state. */
export function createInstance(batch: Batch, processKey: number, options: CreateOptions): number {
  const deployed = batch.core.models.get(processKey)!;
  const key = batch.newKey();
  batch.emit(
    'ELEMENT_ACTIVATING',
    key,
    {
      elementKind: 'process',
      process: { processKey, bpmnProcessId: deployed.bpmnProcessId, version: deployed.version, parent: options.parent },
    },
    { instanceKey: key, elementId: deployed.model.id, elementInstanceKey: key },
  );
  for (const [name, value] of Object.entries(options.variables ?? {})) setLocalVariable(batch, key, key, name, value);
  const instance = batch.state.elementInstances.get(key)!;
  batch.emitFor('ELEMENT_ACTIVATED', instance, {});
  const element = deployed.model.elements[deployed.model.id];
  runProcessor(batch, instance, element, { type: 'activate', scopeKey: key, elementId: element.id, startAt: options.startAt, payload: options.payload });
  return key;
}
