import type { Expression, ExecutableElement } from '../../model/executable-model.js';
import { addWorkingDuration, type BusinessCalendar } from '../../time/business-calendar.js';
import { addDuration, isDuration, isPlainDate, parseDateTime } from '../../time/iso-time.js';
import { DateTime } from 'luxon';
import type { Batch } from '../batch.js';
import { describeTask, evaluateAttribute, TaskResolutionError } from './assignment.behaviour.js';
import type { TaskCandidates } from '../types.js';

/**
 * The business calendar of `hito:schedule calendar`: `assignee` tries the host's calendars of the
 * assignee, then of each candidate institution, then the `default` one (else Monday to Friday in
 * the engine's zone); any other value is a calendar id the host must know.
 */
export function scheduleCalendar(batch: Batch, element: ExecutableElement, candidates: TaskCandidates): BusinessCalendar | undefined {
  const id = element.userTask?.calendar;
  if (!id) return undefined;
  if (id === 'assignee') {
    for (const owner of [candidates.assignee, ...candidates.candidateInstitutions]) {
      const calendar = owner ? batch.core.calendars?.calendar(owner) : undefined;
      if (calendar) return calendar;
    }
    return batch.feel.calendar(null);
  }
  const calendar = batch.core.calendars?.calendar(id);
  if (!calendar) throw new TaskResolutionError('EXPRESSION_ERROR', `${describeTask(element)}: hito:schedule calendar "${id}" is not a known business calendar.`);
  return calendar;
}

/**
 * Resolves `dueDate` / `followUpDate` to epoch milliseconds: a date-time (a zone-less one read in
 * the calendar's zone, else the engine's), a date (the end of that day), or an ISO duration from
 * the task's creation (in working days when a calendar is set). Epoch numbers pass as they are.
 */
export function resolveTaskDate(
  batch: Batch,
  element: ExecutableElement,
  attribute: 'dueDate' | 'followUpDate',
  expression: Expression,
  variables: () => Record<string, unknown>,
  calendar: BusinessCalendar | undefined,
): number {
  const value = evaluateAttribute(batch, element, attribute, expression, variables);
  const zone = calendar?.timeZone ?? batch.core.timeZone;
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  const text = typeof value === 'string' ? value.trim() : '';
  try {
    if (isDuration(text)) return calendar ? addWorkingDuration(calendar, batch.now, text) : addDuration(batch.now, text, zone);
    if (isPlainDate(text)) return DateTime.fromISO(text, { zone }).endOf('day').toMillis();
    return parseDateTime(text, zone);
  } catch {
    throw new TaskResolutionError(
      'EXPRESSION_ERROR',
      `${describeTask(element)}: ${attribute} "${expression.source.trim()}" must give a date-time, a date or an ISO-8601 duration, but gave ${JSON.stringify(value)}.`,
    );
  }
}
