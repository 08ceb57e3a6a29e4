import { EngineHarness } from '../../../conformance/testing/engine-harness.js';

const HOUR = 3600 * 1000;
const START = Date.parse('2027-01-15T10:00:00Z');

/** The due dates of the timers armed for a boundary event, in log order. */
function armed(engine: EngineHarness, elementId: string): string[] {
  return engine.events('SUBSCRIPTION_OPENED', elementId).map((record) => new Date(record.value.dueDate!).toISOString());
}

describe('repeating timers after downtime', () => {
  it('given hourly timers, when the clock runs normally, then each occurrence fires on time', async () => {
    const engine = await EngineHarness.given(import.meta.url, ['repeating-timer.fixture.bpmn'], [], { startTime: START });
    engine.start('Repeating');
    engine.advance(3 * HOUR);
    expect(engine.timesCompleted('HourlyTick')).toBe(3);
    expect(engine.timesCompleted('CronTick')).toBe(3);
  });

  it('given an interval cycle and a cron cycle, when the host was down past several occurrences, then each fires once and re-arms at the next occurrence after now, in phase', async () => {
    const engine = await EngineHarness.given(import.meta.url, ['repeating-timer.fixture.bpmn'], [], { startTime: START });
    engine.start('Repeating');
    // Downtime: the clock jumps to 15:45 before anything is fired, then the host catches up.
    engine.driver.clock.set(START + 5 * HOUR + 45 * 60 * 1000);
    engine.driver.runDue();
    expect(engine.timesCompleted('HourlyTick')).toBe(1);
    expect(engine.timesCompleted('CronTick')).toBe(1);
    expect(armed(engine, 'Hourly')).toEqual(['2027-01-15T11:00:00.000Z', '2027-01-15T16:00:00.000Z']);
    expect(armed(engine, 'Cron')).toEqual(['2027-01-15T10:30:00.000Z', '2027-01-15T16:30:00.000Z']);
    engine.advance(HOUR);
    expect(engine.timesCompleted('HourlyTick')).toBe(2);
    expect(engine.timesCompleted('CronTick')).toBe(2);
  });

  it('given a bounded cycle, when it catches up after downtime, then the late firing counts as one repetition', async () => {
    const engine = await EngineHarness.given(import.meta.url, ['repeating-timer.fixture.bpmn'], [], { startTime: START });
    engine.start('Repeating');
    engine.driver.clock.set(START + 3.5 * HOUR);
    engine.driver.runDue();
    engine.advance(24 * HOUR);
    // R5: one late firing for 11:00-13:00, then 14:00, 15:00, 16:00, 17:00.
    expect(engine.timesCompleted('HourlyTick')).toBe(5);
  });
});
