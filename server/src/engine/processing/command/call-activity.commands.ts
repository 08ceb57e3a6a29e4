import type { CompleteCallActivityCommand, PropagateErrorCommand } from '../../protocol/command.js';
import type { Batch } from '../batch.js';
import { canDo } from '../behaviour/activation.behaviour.js';
import { completeElement } from '../behaviour/completion.behaviour.js';
import { throwError } from '../behaviour/error-propagation.behaviour.js';
import { refusal } from '../../lifecycle/lifecycle-table.js';
import { requireRunning } from './command-handler.js';

function callActivity(batch: Batch, command: CompleteCallActivityCommand | PropagateErrorCommand): boolean {
  if (!requireRunning(batch, command, command.instanceKey)) return false;
  const instance = batch.state.elementInstances.get(command.elementInstanceKey);
  if (!instance) {
    batch.reject(command, `Expected to find call activity instance ${command.elementInstanceKey}, but none was found`, command.elementInstanceKey, command.instanceKey);
    return false;
  }
  if (!canDo(instance, 'complete')) {
    const state = (instance as { state: string }).state;
    batch.reject(command, refusal('elementInstance', state, 'complete')!, command.elementInstanceKey, command.instanceKey);
    return false;
  }
  return true;
}

/**
 * The called instance completed: the call activity completes with its variables, all of them
 * propagated, or (`propagateAllChildVariables="false"`) kept local so only its outputs pass on.
 */
export function completeCallActivityCommand(batch: Batch, command: CompleteCallActivityCommand): void {
  if (!callActivity(batch, command)) return;
  const element = batch.element(batch.state.elementInstances.get(command.elementInstanceKey)!);
  completeElement(batch, command.elementInstanceKey, { variables: command.variables, local: element.propagateAllChildVariables === false });
}

/** An error was not caught in the called instance: it is thrown at the call activity. */
export function propagateErrorCommand(batch: Batch, command: PropagateErrorCommand): void {
  if (callActivity(batch, command)) throwError(batch, command.elementInstanceKey, command.errorCode, command.message);
}
