import { EngineHarness } from '../../../conformance/testing/engine-harness.js';

const MINUTE = 60_000;

describe('boundary timers', () => {
  it('given a review with reminders every 10 minutes (twice) and a 1 hour deadline, when 2 hours pass, then 2 reminders fire and the deadline interrupts', async () => {
    const engine = await EngineHarness.given(import.meta.url, ['timer-boundary.fixture.bpmn']);
    const key = engine.start('Deadline');
    engine.advance(120 * MINUTE);
    expect(engine.timesCompleted('Reminded')).toBe(2);
    expect(engine.timesCompleted('Expired')).toBe(1);
    expect(engine.events('USER_TASK_CANCELED')).toHaveLength(1);
    expect(engine.instanceState(key)).toBe('completed');
  });

  it('given the review, when it is completed before any timer, then the timers are cancelled', async () => {
    const engine = await EngineHarness.given(import.meta.url, ['timer-boundary.fixture.bpmn']);
    engine.start('Deadline');
    const [task] = engine.events('USER_TASK_CREATED');
    const [result] = engine.when({ type: 'CompleteUserTask', userTaskKey: task.key });
    expect(result.timersCancelled).toHaveLength(2);
    engine.advance(120 * MINUTE);
    expect(engine.timesCompleted('Reminded')).toBe(0);
  });
});

describe('error end event', () => {
  it('given an error end event in a sub-process, when reached, then the boundary on the sub-process catches it', async () => {
    const engine = await EngineHarness.given(import.meta.url, ['error-end.fixture.bpmn']);
    const key = engine.start('Caught');
    expect(engine.completedElements()).toContain('Handled');
    expect(engine.completedElements()).not.toContain('Accepted');
    expect(engine.instanceState(key)).toBe('completed');
  });

  it('given no catcher, when the error is thrown, then the instance fails with the error as its outcome', async () => {
    const engine = await EngineHarness.given(import.meta.url, ['error-end.fixture.bpmn']);
    const key = engine.start('Uncaught');
    expect(engine.instanceState(key)).toBe('failed');
    expect(engine.driver.engine.state.instances.get(key)?.failure).toEqual({ reason: 'uncaught-error', errorCode: 'REJECTED', message: undefined });
  });
});

describe('signals', () => {
  it('given two waiting instances, when another instance throws the signal, then both continue', async () => {
    const engine = await EngineHarness.given(import.meta.url, ['signal.fixture.bpmn']);
    const first = engine.start('Waiter');
    const second = engine.start('Waiter');
    engine.start('Thrower');
    expect([engine.instanceState(first), engine.instanceState(second)]).toEqual(['completed', 'completed']);
  });
});
