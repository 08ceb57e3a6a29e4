import { refusal } from '../../lifecycle/lifecycle-table.js';
import type { Command, CommandType } from '../../protocol/command.js';
import type { Batch } from '../batch.js';

/** Handles one command type. */
export type CommandHandler<C extends Command> = (batch: Batch, command: C) => void;

/** One handler per command type; the compiler names a missing one. */
export type CommandRegistry = { [T in CommandType]: CommandHandler<Command & { type: T }> };

/** Refuses the command unless the instance exists and is running; returns whether it may go on. */
export function requireRunning(batch: Batch, command: Command, instanceKey: number): boolean {
  const instance = batch.state.instances.get(instanceKey);
  if (!instance) {
    batch.reject(command, `Expected to find process instance ${instanceKey}, but none was found`, instanceKey, instanceKey);
    return false;
  }
  const reason = refusal('processInstance', instance.state, 'run');
  if (reason) {
    batch.reject(command, reason, instanceKey, instanceKey);
    return false;
  }
  return true;
}
