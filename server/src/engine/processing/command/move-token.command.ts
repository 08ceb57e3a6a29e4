import type { MoveTokenCommand } from '../../protocol/command.js';
import type { Batch } from '../batch.js';
import { canDo } from '../behaviour/activation.behaviour.js';
import { terminateElement } from '../behaviour/termination.behaviour.js';
import { requireRunning } from './command-handler.js';

/** Kinds a token may be moved to: elements reached by sequence flows inside a scope. */
const NOT_A_TARGET = new Set(['process', 'boundaryEvent', 'startEvent']);

/**
 * Moves a token: the active instances of one element are terminated and the target element is
 * activated in their scope, once per moved token. Refused when the instance does not run, the
 * source has no active instance, or the target is not a flow node of the same scope.
 */
export function moveTokenCommand(batch: Batch, command: MoveTokenCommand): void {
  if (!requireRunning(batch, command, command.instanceKey)) return;
  const model = batch.model(command.instanceKey);
  const from = model.elements[command.fromElementId];
  const to = model.elements[command.toElementId];
  if (!command.reason?.trim()) return batch.reject(command, 'Expected a reason for moving the token, but none was given', command.instanceKey, command.instanceKey);
  if (!from) return batch.reject(command, `Expected "${command.fromElementId}" to be an element of "${model.id}", but it is not`, command.instanceKey, command.instanceKey);
  if (!to || NOT_A_TARGET.has(to.kind)) {
    return batch.reject(command, `Expected "${command.toElementId}" to be a task, gateway, sub-process or intermediate or end event of "${model.id}", but it is not`, command.instanceKey, command.instanceKey);
  }
  if (to.scopeId !== from.scopeId) {
    return batch.reject(command, `Expected "${command.toElementId}" to be in the same scope as "${command.fromElementId}" (${from.scopeId}), but it is in ${to.scopeId}`, command.instanceKey, command.instanceKey);
  }
  const active = [...batch.state.elementInstances.values()].filter(
    (instance) => instance.instanceKey === command.instanceKey && instance.elementId === command.fromElementId && canDo(instance, 'terminate'),
  );
  // A multi-instance or loop body and its iterations share the element id: move the body's token once.
  const keys = new Set(active.map((instance) => instance.key));
  const sources = active.filter((instance) => instance.parentKey === undefined || !keys.has(instance.parentKey));
  if (sources.length === 0) {
    return batch.reject(command, `Expected an active instance of "${command.fromElementId}", but there is none`, command.instanceKey, command.instanceKey);
  }
  batch.emit('TOKEN_MOVED', batch.newKey(), {
    fromElementId: command.fromElementId,
    toElementId: command.toElementId,
    reason: command.reason,
    movedBy: command.movedBy,
    terminated: sources.map((source) => source.key),
  }, { instanceKey: command.instanceKey, elementId: command.toElementId });
  for (const source of sources) {
    const scopeKey = source.parentKey!;
    terminateElement(batch, source.key);
    batch.enqueue({ type: 'activate', scopeKey, elementId: command.toElementId });
  }
}
