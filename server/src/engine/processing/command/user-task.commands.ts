import { refusal } from '../../lifecycle/lifecycle-table.js';
import type { UserTaskCommand } from '../../protocol/command.js';
import type { Batch } from '../batch.js';
import { completeElement } from '../behaviour/completion.behaviour.js';
import { requireRunning } from './command-handler.js';

const EVENTS = { ClaimUserTask: 'claim', UnclaimUserTask: 'unclaim', DelegateUserTask: 'delegate', CompleteUserTask: 'complete' } as const;

/** Claims, unclaims, delegates or completes a user task, as its lifecycle allows. */
export function userTaskCommand(batch: Batch, command: UserTaskCommand): void {
  const task = batch.state.userTasks.get(command.userTaskKey);
  if (!task) return batch.reject(command, `Expected to find user task ${command.userTaskKey}, but none was found`, command.userTaskKey);
  const reason = refusal('userTask', task.state, EVENTS[command.type]);
  if (reason) return batch.reject(command, reason, task.key, task.instanceKey);
  if (!requireRunning(batch, command, task.instanceKey)) return;
  if ((command.type === 'ClaimUserTask' || command.type === 'DelegateUserTask') && !command.assignee) {
    return batch.reject(command, `Expected an assignee to ${EVENTS[command.type]} the task, but none was given`, task.key, task.instanceKey);
  }
  const target = { instanceKey: task.instanceKey, elementId: task.elementId, elementInstanceKey: task.elementInstanceKey };
  switch (command.type) {
    case 'ClaimUserTask':
      return void batch.emit('USER_TASK_CLAIMED', task.key, { assignee: command.assignee! }, target);
    case 'UnclaimUserTask':
      return void batch.emit('USER_TASK_UNCLAIMED', task.key, {}, target);
    case 'DelegateUserTask':
      return void batch.emit('USER_TASK_DELEGATED', task.key, { assignee: command.assignee! }, target);
    case 'CompleteUserTask':
      batch.emit('USER_TASK_COMPLETED', task.key, { variables: command.variables ?? {} }, target);
      completeElement(batch, task.elementInstanceKey, { variables: command.variables });
  }
}
