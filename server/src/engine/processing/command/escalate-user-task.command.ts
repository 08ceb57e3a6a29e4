import { refusal } from '../../lifecycle/lifecycle-table.js';
import type { EscalateUserTaskCommand } from '../../protocol/command.js';
import type { Batch } from '../batch.js';
import { requireRunning } from './command-handler.js';

const ids = (values: string[] | undefined): string[] => [...new Set((values ?? []).map((id) => id.trim()).filter(Boolean))];

/**
 * Escalates a user task: adds candidates and/or reassigns it, recording the reason. Refused when
 * the task is not open, when no reason is given, or when the command changes nothing.
 */
export function escalateUserTaskCommand(batch: Batch, command: EscalateUserTaskCommand): void {
  const task = batch.state.userTasks.get(command.userTaskKey);
  if (!task) return batch.reject(command, `Expected to find user task ${command.userTaskKey}, but none was found`, command.userTaskKey);
  const reason = refusal('userTask', task.state, 'escalate');
  if (reason) return batch.reject(command, reason, task.key, task.instanceKey);
  if (!requireRunning(batch, command, task.instanceKey)) return;
  if (!command.reason?.trim()) return batch.reject(command, 'Expected a reason to escalate the task, but none was given', task.key, task.instanceKey);
  const addedInstitutions = ids(command.addCandidateInstitutions).filter((id) => !task.candidateInstitutions.includes(id));
  const addedRoles = ids(command.addCandidateRoles).filter((id) => !task.candidateRoles.includes(id));
  const addedPeople = ids(command.addCandidatePeople).filter((id) => !task.candidatePeople.includes(id));
  const assignee = command.assignee?.trim() || undefined;
  if (addedInstitutions.length + addedRoles.length + addedPeople.length === 0 && (assignee === undefined || assignee === task.assignee)) {
    return batch.reject(command, 'Expected new candidates or a new assignee to escalate the task, but the command changes nothing', task.key, task.instanceKey);
  }
  batch.emit(
    'USER_TASK_ESCALATED',
    task.key,
    { reason: command.reason.trim(), addedInstitutions, addedRoles, addedPeople, assignee, escalatedBy: command.escalatedBy },
    { instanceKey: task.instanceKey, elementId: task.elementId, elementInstanceKey: task.elementInstanceKey },
  );
}
