import type { AssignmentSpec, ExecutableElement, Expression } from '../executable-model.js';
import { parseFeel } from '../validation/feel-syntax.js';
import { extensionAttribute, firstExtension, genericAttribute, type ModdleElement, type TransformContext } from './transform-context.js';

const ASSIGNMENT_ATTRIBUTES = ['candidateInstitutions', 'candidateRoles', 'candidatePeople', 'assignee', 'priority'] as const;

/** Reads `hito:assignment`, `hito:schedule` and `hito:form` of a user task (legacy attributes too). */
export function transformUserTask(source: ModdleElement, element: ExecutableElement, context: TransformContext): void {
  const assignmentElement = firstExtension(source, 'assignment');
  const schedule = firstExtension(source, 'schedule');
  let assignment: AssignmentSpec | undefined;
  if (assignmentElement) {
    assignment = {};
    for (const name of ASSIGNMENT_ATTRIBUTES) {
      const expression = attribute(source.id, assignmentElement, name, context);
      if (expression) assignment[name] = expression;
    }
    const priority = assignment.priority?.source.trim();
    if (priority && !priority.startsWith('=') && !isPriority(Number(priority))) {
      context.problem(source.id, 'hito-priority', `User task "${source.id}": hito:assignment priority "${priority}" must be a whole number from 0 to 100.`);
    }
  }
  const groups = extensionAttribute(source, 'candidateGroups');
  const calendar = genericAttribute(schedule, 'calendar')?.trim();
  element.userTask = {
    assignment,
    candidateGroups: groups ? groups.split(',').map((group) => group.trim()).filter(Boolean) : [],
    assignee: assignment ? undefined : extensionAttribute(source, 'assignee'),
    dueDate: attribute(source.id, schedule, 'dueDate', context) ?? literal(extensionAttribute(source, 'dueDate')),
    followUpDate: attribute(source.id, schedule, 'followUpDate', context),
    calendar: calendar || undefined,
    formKey: genericAttribute(firstExtension(source, 'form'), 'formId') ?? extensionAttribute(source, 'formKey'),
  };
}

/** Whether a number is a valid task priority. */
export function isPriority(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 100;
}

/** An attribute of an extension element as an expression; `=` FEEL is syntax-checked at deploy. */
export function attribute(elementId: string, extension: ModdleElement, name: string, context: TransformContext): Expression | undefined {
  const value = literal(genericAttribute(extension, name));
  if (value?.source.startsWith('=')) {
    const text = value.source.slice(1).trim();
    const { errorAt } = parseFeel(text);
    if (errorAt !== undefined || text === '') {
      const local = String(extension?.$type ?? 'hito').replace(/^hito:/, '');
      context.problem(elementId, 'hito-feel', `"${elementId}": hito:${local[0]?.toLowerCase()}${local.slice(1)} ${name} is not valid FEEL (error at column ${(errorAt ?? 0) + 1}) in "${text}".`);
    }
  }
  return value;
}

function literal(value: string | undefined): Expression | undefined {
  const trimmed = value?.trim();
  return trimmed ? { source: trimmed } : undefined;
}
