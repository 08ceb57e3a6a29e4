import type { BusinessCalendar } from '../time/business-calendar.js';
import { EngineHarness } from '../../conformance/testing/engine-harness.js';

/** Friday 15 January 2027, 09:00 in Bogotá (14:00 UTC). */
const START = Date.parse('2027-01-15T14:00:00Z');
const colombia: BusinessCalendar = { timeZone: 'America/Bogota', workingDays: [1, 2, 3, 4, 5], holidays: ['2027-01-18'] };
const options = { startTime: START, timeZone: 'America/Bogota', calendars: { calendar: (id: string) => (id === 'co' ? colombia : undefined) } };

describe('FEEL time and business calendars', () => {
  it('given a simulated clock, when FEEL calls today() and now(), then they read the engine clock in its zone, not the wall clock', async () => {
    const engine = await EngineHarness.given(import.meta.url, ['feel-environment.fixture.bpmn'], [], options);
    engine.start('Calendar');
    expect(engine.lastValue('r')).toMatchObject({ hoy: '2027-01-15', ahora: '2027-01-15T09:00:00@America/Bogota' });
  });

  it('given a calendar with a holiday, when the calendar functions run, then working days skip weekends and holidays', async () => {
    const engine = await EngineHarness.given(import.meta.url, ['feel-environment.fixture.bpmn'], [], options);
    engine.start('Calendar');
    expect(engine.lastValue('r')).toMatchObject({
      tresHabiles: '2027-01-21',
      conHora: '2027-01-19T09:00:00@America/Bogota',
      atras: '2027-01-15',
      porDefecto: '2027-01-18',
      ultimosCinco: ['2027-01-25', '2027-01-26', '2027-01-27', '2027-01-28', '2027-01-29'],
      finDeMes: '2028-02-29',
      feriado: false,
      martes: true,
    });
  });

  it('given "the last five working days of the month" as a timer date, when the instance waits, then the timer is due on the first of them at 09:00 local time', async () => {
    const engine = await EngineHarness.given(import.meta.url, ['feel-environment.fixture.bpmn'], [], options);
    const key = engine.start('Calendar');
    expect(engine.events('SUBSCRIPTION_OPENED', 'Window')[0].value.dueDate).toBe(Date.parse('2027-01-25T14:00:00Z'));
    engine.advance(10 * 24 * 3600 * 1000);
    expect(engine.instanceState(key)).toBe('completed');
  });

  it('given an unknown calendar id, when a script uses it, then an incident names the calendar', async () => {
    const engine = await EngineHarness.given(import.meta.url, ['feel-environment.fixture.bpmn'], [], options);
    engine.start('NoCalendar');
    expect(engine.incidents('Missing')).toEqual(['PROCESSING_ERROR: Failed to evaluate "add working days(today(), 2, "marte")": Unknown business calendar "marte"']);
  });
});
