import { feelDateTime } from '../../expression/feel-environment.js';
import type { ExecutableElement } from '../../model/executable-model.js';
import type { UserTaskCreatedValue } from '../../protocol/record.js';
import type { ElementInstanceState, UserTaskState } from '../../state/engine-state.js';
import type { Batch } from '../batch.js';
import { resolveAssignment, TaskResolutionError } from '../behaviour/assignment.behaviour.js';
import { raiseIncident } from '../behaviour/incident.behaviour.js';
import { resolveTaskDate, scheduleCalendar } from '../behaviour/schedule.behaviour.js';
import { openBoundarySubscriptions } from '../behaviour/subscription.behaviour.js';
import type { ElementProcessor } from '../types.js';

/**
 * User task: resolves its assignment, schedule and form when it is created and waits in an inbox
 * until someone completes it. A declaration that cannot be resolved is an incident (resolving it
 * retries). Its boundary events open after the task exists, so their FEEL sees `task`.
 */
export const userTaskProcessor: ElementProcessor = {
  onActivated(batch, instance, element) {
    let task = liveTask(batch, instance);
    if (!task) {
      let value: UserTaskCreatedValue;
      try {
        value = resolveTask(batch, instance, element);
      } catch (error) {
        if (!(error instanceof TaskResolutionError)) throw error;
        return raiseIncident(batch, instance, error.errorType, error.message);
      }
      batch.emit('USER_TASK_CREATED', batch.newKey(), value, { instanceKey: instance.instanceKey, elementId: instance.elementId, elementInstanceKey: instance.key });
      task = liveTask(batch, instance)!;
    }
    if (element.boundaryEvents.length > 0 && !isIteration(batch, instance)) {
      openBoundarySubscriptions(batch, instance, element, { task: taskContext(task, batch.core.timeZone) });
    }
  },
  onTerminating(batch, instance) {
    const task = instance.userTaskKey !== undefined ? batch.state.userTasks.get(instance.userTaskKey) : undefined;
    if (!task || task.state === 'completed' || task.state === 'cancelled') return;
    batch.emit('USER_TASK_CANCELED', task.key, {}, { instanceKey: task.instanceKey, elementId: task.elementId, elementInstanceKey: task.elementInstanceKey });
  },
};

function liveTask(batch: Batch, instance: ElementInstanceState): UserTaskState | undefined {
  const task = instance.userTaskKey !== undefined ? batch.state.userTasks.get(instance.userTaskKey) : undefined;
  return task && task.state !== 'completed' && task.state !== 'cancelled' ? task : undefined;
}

function isIteration(batch: Batch, instance: ElementInstanceState): boolean {
  const parent = instance.parentKey !== undefined ? batch.state.elementInstances.get(instance.parentKey) : undefined;
  return !!parent?.body && parent.elementId === instance.elementId;
}

/** Resolves what the task declares into the value of USER_TASK_CREATED. */
function resolveTask(batch: Batch, instance: ElementInstanceState, element: ExecutableElement): UserTaskCreatedValue {
  const spec = element.userTask ?? { candidateGroups: [] };
  let context: Record<string, unknown> | undefined;
  const variables = () => (context ??= batch.state.visibleVariables(instance.key));
  const value: UserTaskCreatedValue = { name: element.name };
  if (spec.assignment) {
    const { priority, ...candidates } = resolveAssignment(batch, element, variables);
    value.assignee = candidates.assignee;
    Object.assign(value, { candidateInstitutions: candidates.candidateInstitutions, candidateRoles: candidates.candidateRoles, candidatePeople: candidates.candidatePeople, priority });
  } else {
    value.assignee = spec.assignee;
    value.candidateGroups = spec.candidateGroups;
  }
  const calendar = scheduleCalendar(batch, element, {
    candidateInstitutions: value.candidateInstitutions ?? [],
    candidateRoles: value.candidateRoles ?? [],
    candidatePeople: value.candidatePeople ?? [],
    assignee: value.assignee,
  });
  if (spec.dueDate) value.dueDate = resolveTaskDate(batch, element, 'dueDate', spec.dueDate, variables, calendar);
  if (spec.followUpDate) value.followUpDate = resolveTaskDate(batch, element, 'followUpDate', spec.followUpDate, variables, calendar);
  value.formKey = spec.formKey;
  return value;
}

/**
 * The `task` FEEL context of a user task's boundary events: its dates as FEEL date-times (in the
 * engine's zone), priority, candidates and assignee; absent values are null.
 */
export function taskContext(task: UserTaskState, timeZone: string): Record<string, unknown> {
  const date = (time: number | undefined) => (time === undefined ? null : feelDateTime(time, timeZone));
  return {
    name: task.name ?? null,
    dueDate: date(task.dueDate),
    followUpDate: date(task.followUpDate),
    createdAt: date(task.createdAt),
    priority: task.priority,
    assignee: task.assignee ?? null,
    candidateInstitutions: task.candidateInstitutions,
    candidateRoles: task.candidateRoles,
    candidatePeople: task.candidatePeople,
    candidateGroups: task.candidateGroups,
    formKey: task.formKey ?? null,
  };
}
