import type { EventRecord } from '../../protocol/record.js';
import type { EngineState } from '../engine-state.js';
import type { Applier } from './applier.js';

/** A user task waits in an inbox. */
export const userTaskCreated: Applier<'USER_TASK_CREATED'> = (state, record) => {
  state.userTasks.set(record.key, {
    key: record.key,
    instanceKey: record.instanceKey!,
    elementInstanceKey: record.elementInstanceKey!,
    elementId: record.elementId!,
    state: 'created',
    assignee: record.value.assignee,
    candidateGroups: record.value.candidateGroups,
    dueDate: record.value.dueDate,
    formKey: record.value.formKey,
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
