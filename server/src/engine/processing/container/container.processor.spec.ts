import { EngineHarness } from '../../../conformance/testing/engine-harness.js';

describe('call activity', () => {
  it('given a parent calling a child, when the child completes, then its variables come back and the parent goes on', async () => {
    const engine = await EngineHarness.given(import.meta.url, ['call-activity.fixture.bpmn']);
    const parent = engine.start('Parent', { region: 'norte' });
    const [task] = engine.events('USER_TASK_CREATED', 'Work');
    expect(task.instanceKey).not.toBe(parent);
    engine.when({ type: 'CompleteUserTask', userTaskKey: task.key, variables: { score: 7 } });
    expect(engine.instanceState(parent)).toBe('completed');
    expect(engine.events('VARIABLE_CREATED').some((record) => record.instanceKey === parent && record.value.name === 'score')).toBe(true);
  });

  it('given a running child, when the parent is cancelled, then the child is cancelled too', async () => {
    const engine = await EngineHarness.given(import.meta.url, ['call-activity.fixture.bpmn']);
    const parent = engine.start('Parent');
    const [task] = engine.events('USER_TASK_CREATED', 'Work');
    engine.when({ type: 'CancelInstance', instanceKey: parent });
    expect(engine.instanceState(task.instanceKey!)).toBe('terminated');
  });
});

describe('multi-instance', () => {
  it('given three reviewers and a completion condition of two, when two complete, then the third is cancelled', async () => {
    const engine = await EngineHarness.given(import.meta.url, ['multi-instance.fixture.bpmn']);
    const key = engine.start('Fanout', { reviewers: ['ana', 'luis', 'eva'] });
    const tasks = engine.events('USER_TASK_CREATED', 'Review');
    expect(tasks).toHaveLength(3);
    engine.when({ type: 'CompleteUserTask', userTaskKey: tasks[0].key });
    engine.when({ type: 'CompleteUserTask', userTaskKey: tasks[2].key });
    expect(engine.events('USER_TASK_CANCELED')).toHaveLength(1);
    expect(engine.instanceState(key)).toBe('completed');
  });
});
