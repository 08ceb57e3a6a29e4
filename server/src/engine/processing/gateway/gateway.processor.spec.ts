import { EngineHarness } from '../../../conformance/testing/engine-harness.js';

describe('exclusive gateway', () => {
  it('given amount 500, when routed, then the conditional flow is taken', async () => {
    const engine = await EngineHarness.given(import.meta.url, ['exclusive-gateway.fixture.bpmn']);
    engine.start('Route', { amount: 500 });
    expect(engine.completedElements()).toContain('Big');
    expect(engine.completedElements()).not.toContain('Small');
  });

  it('given amount 5, when routed, then the default flow is taken', async () => {
    const engine = await EngineHarness.given(import.meta.url, ['exclusive-gateway.fixture.bpmn']);
    engine.start('Route', { amount: 5 });
    expect(engine.completedElements()).toContain('Small');
  });

  it('given no condition holds and no default flow, when routed, then an incident is raised', async () => {
    const engine = await EngineHarness.given(import.meta.url, ['exclusive-gateway.fixture.bpmn']);
    const key = engine.start('NoWay', { x: 3 });
    expect(engine.events('INCIDENT_CREATED')[0].elementId).toBe('D2');
    expect(engine.instanceState(key)).toBe('active');
  });
});

describe('parallel gateway', () => {
  it('given two branches, when only one finished, then the join waits; when both, it continues', async () => {
    const engine = await EngineHarness.given(import.meta.url, ['parallel-gateway.fixture.bpmn']);
    const key = engine.start('Fork');
    const [a, b] = engine.events('USER_TASK_CREATED');
    engine.when({ type: 'CompleteUserTask', userTaskKey: a.key });
    expect(engine.timesCompleted('Join')).toBe(0);
    engine.when({ type: 'CompleteUserTask', userTaskKey: b.key });
    expect(engine.timesCompleted('Join')).toBe(1);
    expect(engine.instanceState(key)).toBe('completed');
  });
});

describe('inclusive gateway', () => {
  it('given only branch A was chosen, when A finishes, then the join does not wait for B', async () => {
    const engine = await EngineHarness.given(import.meta.url, ['inclusive-gateway.fixture.bpmn']);
    const key = engine.start('OrJoin', { a: true, b: false });
    expect(engine.instanceState(key)).toBe('completed');
  });

  it('given both branches, when A finishes first, then the join waits for B, which can still arrive', async () => {
    const engine = await EngineHarness.given(import.meta.url, ['inclusive-gateway.fixture.bpmn']);
    const key = engine.start('OrJoin', { a: true, b: true });
    expect(engine.timesCompleted('Join')).toBe(0);
    const [task] = engine.events('USER_TASK_CREATED', 'B');
    engine.when({ type: 'CompleteUserTask', userTaskKey: task.key });
    expect(engine.timesCompleted('Join')).toBe(1);
    expect(engine.instanceState(key)).toBe('completed');
  });
});

describe('event-based gateway', () => {
  it('given a message and a timer, when the message comes first, then the timer is cancelled', async () => {
    const engine = await EngineHarness.given(import.meta.url, ['event-based-gateway.fixture.bpmn']);
    engine.start('Race', { orderId: 'A-7' });
    engine.when({ type: 'PublishMessage', name: 'paid', correlationKey: 'B-9', variables: { receipt: 'wrong order' } });
    expect(engine.completedElements()).not.toContain('PaidEnd');
    engine.when({ type: 'PublishMessage', name: 'paid', correlationKey: 'A-7', variables: { receipt: 'R-1' } });
    expect(engine.completedElements()).toContain('PaidEnd');
    engine.advance(4 * 24 * 3600 * 1000);
    expect(engine.completedElements()).not.toContain('LateEnd');
    expect(engine.lastValue('receipt')).toBe('R-1');
  });

  it('given a message and a timer, when three days pass, then the timer path is taken', async () => {
    const engine = await EngineHarness.given(import.meta.url, ['event-based-gateway.fixture.bpmn']);
    const key = engine.start('Race', { orderId: 'A-7' });
    engine.advance(3 * 24 * 3600 * 1000);
    expect(engine.completedElements()).toContain('LateEnd');
    expect(engine.instanceState(key)).toBe('completed');
  });
});
