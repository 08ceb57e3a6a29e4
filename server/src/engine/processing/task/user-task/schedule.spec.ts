import type { BusinessCalendar } from '../../../time/business-calendar.js';
import { EngineHarness } from '../../../../conformance/testing/engine-harness.js';

/** Friday 15 January 2027, 09:00 in Bogotá. */
const START = Date.parse('2027-01-15T14:00:00Z');
const DAY = 24 * 3600 * 1000;
const colombia: BusinessCalendar = { timeZone: 'America/Bogota', workingDays: [1, 2, 3, 4, 5], holidays: ['2027-01-18'] };
const calendars = { calendar: (id: string) => (id === 'co' || id === 'colombia-productiva' ? colombia : undefined) };
const options = { startTime: START, timeZone: 'America/Bogota', calendars };

describe('user task schedule (hito:schedule)', () => {
  it('given durations, date-times and dates, when the tasks are created, then due and follow-up dates are resolved from the clock and the zone', async () => {
    const engine = await EngineHarness.given(import.meta.url, ['schedule.fixture.bpmn'], [], options);
    engine.start('Scheduled', { fecha: '2027-02-01T09:00:00', dia: '2027-02-01' });
    expect(engine.task('Relative')).toMatchObject({ dueDate: START + 15 * DAY, followUpDate: START + 3 * DAY, createdAt: START });
    // A date-time without zone is read in the engine's zone (America/Bogota, UTC-5).
    expect(engine.task('AtDateTime')?.dueDate).toBe(Date.parse('2027-02-01T13:00:00Z'));
    // A date is due at the end of that day, in the same zone.
    expect(engine.task('AtDate')?.dueDate).toBe(Date.parse('2027-02-02T04:59:59.999Z'));
  });

  it('given a calendar id, when a duration due date is resolved, then its days are working days (weekend and holiday skipped)', async () => {
    const engine = await EngineHarness.given(import.meta.url, ['schedule.fixture.bpmn'], [], options);
    engine.start('Scheduled', { fecha: '2027-02-01T09:00:00', dia: '2027-02-01' });
    // Friday 09:00 + 3 working days: Monday 18 is a holiday, so Tuesday, Wednesday, Thursday 21 at 09:00.
    expect(new Date(engine.task('Working')!.dueDate!).toISOString()).toBe('2027-01-21T14:00:00.000Z');
  });

  it('given calendar="assignee", when resolved, then the calendar of the candidate institution counts the working days', async () => {
    const engine = await EngineHarness.given(import.meta.url, ['schedule.fixture.bpmn'], [], options);
    engine.start('ByAssignee', { institucion: 'colombia-productiva' });
    const task = engine.task('Institutional')!;
    expect(new Date(task.dueDate!).toISOString()).toBe('2027-01-21T14:00:00.000Z');
    expect(new Date(task.followUpDate!).toISOString()).toBe('2027-01-19T14:00:00.000Z');
  });

  it('given an unknown calendar and a value that is no date, when the tasks are created, then each raises an incident naming element and attribute', async () => {
    const engine = await EngineHarness.given(import.meta.url, ['schedule.fixture.bpmn'], [], options);
    engine.start('Broken', { texto: 'mañana' });
    expect(engine.events('USER_TASK_CREATED')).toHaveLength(0);
    expect(engine.incidents()).toEqual([
      'EXPRESSION_ERROR: User task "UnknownCalendar": hito:schedule calendar "marte" is not a known business calendar.',
      'EXPRESSION_ERROR: User task "Not a date" (NotADate): dueDate "= texto" must give a date-time, a date or an ISO-8601 duration, but gave "mañana".',
    ]);
  });
});
