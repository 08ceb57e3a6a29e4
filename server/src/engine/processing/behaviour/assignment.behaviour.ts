import { evaluateExpression } from '../../expression/feel.js';
import type { Expression, ExecutableElement } from '../../model/executable-model.js';
import { isPriority } from '../../model/transform/user-task.transformer.js';
import { DEFAULT_PRIORITY } from '../../state/appliers/user-task.appliers.js';
import type { Batch } from '../batch.js';
import type { TaskCandidates } from '../types.js';

/** A user task's declaration cannot be resolved; `errorType` names the incident kind. */
export class TaskResolutionError extends Error {
  constructor(
    readonly errorType: 'EXPRESSION_ERROR' | 'ASSIGNMENT_ERROR',
    message: string,
  ) {
    super(message);
  }
}

/** Who may work on a task, resolved. */
export interface ResolvedAssignment extends TaskCandidates {
  priority: number;
}

/** How an element is named in incident messages: `User task "Approve order" (Approve)`. */
export function describeTask(element: ExecutableElement): string {
  return element.name ? `User task "${element.name}" (${element.id})` : `User task "${element.id}"`;
}

/**
 * Evaluates an attribute: FEEL when it starts with `=`, else the literal text. A FEEL failure or a
 * null result (a missing variable) is an `EXPRESSION_ERROR` naming the element and attribute.
 */
export function evaluateAttribute(batch: Batch, element: ExecutableElement, attribute: string, expression: Expression, variables: () => Record<string, unknown>): unknown {
  const source = expression.source.trim();
  if (!source.startsWith('=')) return source;
  let value: unknown;
  try {
    value = evaluateExpression(expression, variables, batch.feel);
  } catch (error) {
    throw new TaskResolutionError('EXPRESSION_ERROR', `${describeTask(element)}: ${attribute} "${source}" could not be evaluated: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (value === null) {
    throw new TaskResolutionError('EXPRESSION_ERROR', `${describeTask(element)}: ${attribute} "${source}" evaluated to null (is a variable missing?).`);
  }
  return value;
}

function idList(element: ExecutableElement, attribute: string, value: unknown, source: string): string[] {
  const parts = Array.isArray(value) ? value : [value];
  const ids: string[] = [];
  for (const part of parts) {
    if (typeof part === 'string') ids.push(...part.split(','));
    else if (typeof part === 'number') ids.push(String(part));
    else {
      throw new TaskResolutionError('EXPRESSION_ERROR', `${describeTask(element)}: ${attribute} "${source}" must give a text or a list of texts, but gave ${JSON.stringify(value)}.`);
    }
  }
  return [...new Set(ids.map((id) => id.trim()).filter(Boolean))];
}

/**
 * Resolves `hito:assignment`: candidate institutions, roles and people (comma lists or FEEL giving
 * a text or a list), assignee and priority (0-100, default 50). A task nobody could see (no
 * candidate and no assignee) and candidates the host's directory does not know are
 * `ASSIGNMENT_ERROR`s.
 */
export function resolveAssignment(batch: Batch, element: ExecutableElement, variables: () => Record<string, unknown>): ResolvedAssignment {
  const spec = element.userTask!.assignment!;
  const list = (attribute: 'candidateInstitutions' | 'candidateRoles' | 'candidatePeople'): string[] => {
    const expression = spec[attribute];
    if (!expression) return [];
    return idList(element, attribute, evaluateAttribute(batch, element, attribute, expression, variables), expression.source.trim());
  };
  const resolved: ResolvedAssignment = {
    candidateInstitutions: list('candidateInstitutions'),
    candidateRoles: list('candidateRoles'),
    candidatePeople: list('candidatePeople'),
    priority: DEFAULT_PRIORITY,
  };
  if (spec.assignee) {
    const value = evaluateAssignee(batch, element, spec.assignee, variables);
    if (value !== undefined) resolved.assignee = value;
  }
  if (spec.priority) {
    const raw = evaluateAttribute(batch, element, 'priority', spec.priority, variables);
    const priority = typeof raw === 'string' ? Number(raw.trim()) : raw;
    if (!isPriority(priority)) {
      throw new TaskResolutionError('EXPRESSION_ERROR', `${describeTask(element)}: priority "${spec.priority.source.trim()}" must be a whole number from 0 to 100, but is ${JSON.stringify(raw)}.`);
    }
    resolved.priority = priority;
  }
  const { candidateInstitutions, candidateRoles, candidatePeople, assignee } = resolved;
  if (candidateInstitutions.length + candidateRoles.length + candidatePeople.length === 0 && !assignee) {
    throw new TaskResolutionError('ASSIGNMENT_ERROR', `${describeTask(element)}: hito:assignment resolved to no candidate institution, role or person and no assignee; nobody could see the task.`);
  }
  const missing = batch.core.candidateCheck?.({ candidateInstitutions, candidateRoles, candidatePeople, assignee }) ?? [];
  if (missing.length > 0) {
    throw new TaskResolutionError('ASSIGNMENT_ERROR', `${describeTask(element)}: hito:assignment names candidates that are not in the directory: ${missing.join(', ')}.`);
  }
  return resolved;
}

/** The assignee: a person id; a FEEL null leaves the task unassigned (its candidates still see it). */
function evaluateAssignee(batch: Batch, element: ExecutableElement, expression: Expression, variables: () => Record<string, unknown>): string | undefined {
  const source = expression.source.trim();
  if (!source.startsWith('=')) return source;
  let value: unknown;
  try {
    value = evaluateExpression(expression, variables, batch.feel);
  } catch (error) {
    throw new TaskResolutionError('EXPRESSION_ERROR', `${describeTask(element)}: assignee "${source}" could not be evaluated: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (value === null) return undefined;
  if (typeof value !== 'string' || value.trim() === '') {
    throw new TaskResolutionError('EXPRESSION_ERROR', `${describeTask(element)}: assignee "${source}" must give a person id, but gave ${JSON.stringify(value)}.`);
  }
  return value.trim();
}
