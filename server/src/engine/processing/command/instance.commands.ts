import { refusal } from '../../lifecycle/lifecycle-table.js';
import type { CancelInstanceCommand, CreateInstanceCommand, SetVariablesCommand, SuspendInstanceCommand } from '../../protocol/command.js';
import type { Batch } from '../batch.js';
import { createInstance } from '../behaviour/instance-creation.behaviour.js';
import { terminateElement } from '../behaviour/termination.behaviour.js';
import { propagateVariables, setLocalVariable } from '../behaviour/variables.behaviour.js';
import { requireRunning } from './command-handler.js';

/** Starts an instance at its none start event (or a named start element). */
export function createInstanceCommand(batch: Batch, command: CreateInstanceCommand): void {
  let processKey = batch.state.latestProcess.get(command.bpmnProcessId);
  if (command.version !== undefined) {
    processKey = [...batch.state.processes.values()].find((p) => p.bpmnProcessId === command.bpmnProcessId && p.version === command.version)?.processKey;
  }
  if (processKey === undefined) {
    const version = command.version !== undefined ? ` in version ${command.version}` : '';
    return batch.reject(command, `Expected to find a deployed process "${command.bpmnProcessId}"${version}, but none was found`);
  }
  const model = batch.core.models.get(processKey)!.model;
  const root = model.elements[model.id];
  if (command.startElementId && !model.triggeredStarts.includes(command.startElementId) && !root.noneStartEvents.includes(command.startElementId)) {
    return batch.reject(command, `Expected "${command.startElementId}" to be a start element of "${model.id}", but it is not`);
  }
  if (!command.startElementId && root.noneStartEvents.length === 0) {
    return batch.reject(command, `Expected process "${model.id}" to have a none start event, but it starts only by message, signal or timer`);
  }
  createInstance(batch, processKey, {
    variables: command.variables,
    startAt: command.startElementId,
    payload: command.startElementId ? {} : undefined,
    parent: command.parent,
  });
}

/** Cancels an instance: everything in it is terminated. */
export function cancelInstanceCommand(batch: Batch, command: CancelInstanceCommand): void {
  let instanceKey = command.instanceKey;
  if (instanceKey === undefined && command.calledByElementInstanceKey !== undefined) {
    instanceKey = [...batch.state.instances.values()].find((i) => i.parent?.elementInstanceKey === command.calledByElementInstanceKey && i.state !== 'completed' && i.state !== 'terminated' && i.state !== 'failed')?.key;
    if (instanceKey === undefined) return;
  }
  const instance = instanceKey !== undefined ? batch.state.instances.get(instanceKey) : undefined;
  if (!instance) return batch.reject(command, `Expected to find process instance ${instanceKey}, but none was found`, instanceKey);
  const reason = refusal('processInstance', instance.state, 'cancel');
  if (reason) return batch.reject(command, reason, instance.key, instance.key);
  terminateElement(batch, instance.key);
}

/** Suspends or resumes an instance. */
export function suspendInstanceCommand(batch: Batch, command: SuspendInstanceCommand): void {
  const instance = batch.state.instances.get(command.instanceKey);
  if (!instance) return batch.reject(command, `Expected to find process instance ${command.instanceKey}, but none was found`, command.instanceKey);
  const event = command.type === 'SuspendInstance' ? 'suspend' : 'resume';
  const reason = refusal('processInstance', instance.state, event);
  if (reason) return batch.reject(command, reason, instance.key, instance.key);
  batch.emit(command.type === 'SuspendInstance' ? 'INSTANCE_SUSPENDED' : 'INSTANCE_RESUMED', instance.key, {}, { instanceKey: instance.key });
}

/** Sets variables from outside (conditions are re-evaluated). */
export function setVariablesCommand(batch: Batch, command: SetVariablesCommand): void {
  if (!requireRunning(batch, command, command.instanceKey)) return;
  const scopeKey = command.scopeKey ?? command.instanceKey;
  if (!batch.state.elementInstances.has(scopeKey)) return batch.reject(command, `Expected to find scope ${scopeKey}, but none was found`, scopeKey, command.instanceKey);
  if (command.scopeKey === undefined) propagateVariables(batch, scopeKey, command.instanceKey, command.variables);
  else for (const [name, value] of Object.entries(command.variables)) setLocalVariable(batch, scopeKey, command.instanceKey, name, value);
}
