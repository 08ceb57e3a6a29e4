import type { EventRecord } from '../../protocol/record.js';
import type { EngineState } from '../engine-state.js';
import type { Applier } from './applier.js';

/** Priority of a task that declares none. */
export const DEFAULT_PRIORITY = 50;

/** A user task waits in an inbox. */
export const userTaskCreated: Applier<'USER_TASK_CREATED'> = (state, record) => {
  state.userTasks.set(record.key, {
    key: record.key,
    instanceKey: record.instanceKey!,
    elementInstanceKey: record.elementInstanceKey!,
    elementId: record.elementId!,
    state: 'created',
    name: record.value.name,
    assignee: record.value.assignee,
    candidateGroups: record.value.candidateGroups ?? [],
    candidateInstitutions: record.value.candidateInstitutions ?? [],
    candidateRoles: record.value.candidateRoles ?? [],
    candidatePeople: record.value.candidatePeople ?? [],
    dueDate: record.value.dueDate,
    followUpDate: record.value.followUpDate,
    priority: record.value.priority ?? DEFAULT_PRIORITY,
    formKey: record.value.formKey,
    createdAt: record.time,
  });
  const element = state.elementInstances.get(record.elementInstanceKey!);
  if (element) element.userTaskKey = record.key;
};

function transition(next: string, assignee?: (value: { assignee?: string }) => string | undefined): (state: EngineState, record: EventRecord) => void {
  return (state, record) => {
    const task = state.userTasks.get(record.key);
    if (!task) return;
    task.state = next;
    if (assignee) task.assignee = assignee(record.value as { assignee?: string });
  };
}

/** Someone took the task. */
export const userTaskClaimed = transition('claimed', (value) => value.assignee);
/** The task went back to the group. */
export const userTaskUnclaimed = transition('created', () => undefined);
/** The task was handed to someone else. */
export const userTaskDelegated = transition('delegated', (value) => value.assignee);
/** The task is done. */
export const userTaskCompleted = transition('completed');
/** The task was cancelled with its element. */
export const userTaskCanceled = transition('cancelled');

/** Candidates were added to the task and/or it was reassigned; its state does not change. */
export const userTaskEscalated: Applier<'USER_TASK_ESCALATED'> = (state, record) => {
  const task = state.userTasks.get(record.key);
  if (!task) return;
  const merge = (current: string[], added: string[]) => [...current, ...added.filter((id) => !current.includes(id))];
  task.candidateInstitutions = merge(task.candidateInstitutions, record.value.addedInstitutions);
  task.candidateRoles = merge(task.candidateRoles, record.value.addedRoles);
  task.candidatePeople = merge(task.candidatePeople, record.value.addedPeople);
  if (record.value.assignee !== undefined) task.assignee = record.value.assignee;
};
