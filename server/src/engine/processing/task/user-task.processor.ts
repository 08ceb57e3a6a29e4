import { evaluateExpression } from '../../expression/feel.js';
import { parseDateTime } from '../../time/iso-time.js';
import type { ElementProcessor } from '../types.js';

/** User task: a task waits in an inbox until someone completes it. */
export const userTaskProcessor: ElementProcessor = {
  onActivated(batch, instance, element) {
    const spec = element.userTask ?? { candidateGroups: [] };
    let dueDate: number | undefined;
    if (spec.dueDate) {
      const value = evaluateExpression(spec.dueDate, batch.state.visibleVariables(instance.key));
      dueDate = typeof value === 'number' ? value : parseDateTime(String(value));
    }
    batch.emit(
      'USER_TASK_CREATED',
      batch.newKey(),
      { assignee: spec.assignee, candidateGroups: spec.candidateGroups, dueDate, formKey: spec.formKey },
      { instanceKey: instance.instanceKey, elementId: instance.elementId, elementInstanceKey: instance.key },
    );
  },
  onTerminating(batch, instance) {
    const task = instance.userTaskKey !== undefined ? batch.state.userTasks.get(instance.userTaskKey) : undefined;
    if (!task || task.state === 'completed' || task.state === 'cancelled') return;
    batch.emit('USER_TASK_CANCELED', task.key, {}, { instanceKey: task.instanceKey, elementId: task.elementId, elementInstanceKey: task.elementInstanceKey });
  },
};
