import { EngineHarness } from '../../../conformance/testing/engine-harness.js';

describe('script task', () => {
  it('given a FEEL script, when the instance runs, then the result lands in the result variable', async () => {
    const engine = await EngineHarness.given(import.meta.url, ['script-task.fixture.bpmn']);
    const key = engine.start('Scripted', { a: 2, b: 3 });
    expect(engine.lastValue('total')).toBe(5);
    expect(engine.instanceState(key)).toBe('completed');
  });

  it('given a JavaScript script and no handler for it, when deployed, then deployment is refused naming the element', async () => {
    const engine = await EngineHarness.given(import.meta.url, []);
    const problems = await engine.deploy(import.meta.url, ['script-task-javascript.fixture.bpmn']);
    expect(problems.join('\n')).toMatch(/Js/);
    expect(engine.driver.engine.state.latestProcess.has('Unsafe')).toBe(false);
  });
});

describe('user task', () => {
  it('given a waiting user task, when claimed and completed, then the instance completes with the variables', async () => {
    const engine = await EngineHarness.given(import.meta.url, ['user-task.fixture.bpmn']);
    const key = engine.start('Approval');
    const [task] = engine.events('USER_TASK_CREATED', 'Approve');
    engine.when({ type: 'ClaimUserTask', userTaskKey: task.key, assignee: 'ana' });
    engine.when({ type: 'CompleteUserTask', userTaskKey: task.key, variables: { approved: true } });
    expect(engine.instanceState(key)).toBe('completed');
    expect(engine.lastValue('approved')).toBe(true);
  });

  it('given a completed user task, when completed again, then the command is rejected with the expected states', async () => {
    const engine = await EngineHarness.given(import.meta.url, ['user-task.fixture.bpmn']);
    engine.start('Approval');
    const [task] = engine.events('USER_TASK_CREATED', 'Approve');
    engine.when({ type: 'CompleteUserTask', userTaskKey: task.key });
    engine.when({ type: 'CompleteUserTask', userTaskKey: task.key });
    expect(engine.rejections()).toEqual(['Expected task to be CREATED or CLAIMED, but it is COMPLETED']);
    expect(engine.driver.log.at(-1)).toMatchObject({ recordType: 'REJECTION', intent: 'COMMAND_REJECTED' });
  });

  it('given a waiting user task, when the instance is cancelled, then the task is cancelled too', async () => {
    const engine = await EngineHarness.given(import.meta.url, ['user-task.fixture.bpmn']);
    const key = engine.start('Approval');
    engine.when({ type: 'CancelInstance', instanceKey: key });
    expect(engine.events('USER_TASK_CANCELED')).toHaveLength(1);
    expect(engine.instanceState(key)).toBe('terminated');
  });
});

describe('service task', () => {
  it('given a service task, when its job is completed, then the instance continues', async () => {
    const engine = await EngineHarness.given(import.meta.url, ['service-task.fixture.bpmn']);
    const key = engine.start('Service');
    const [job] = engine.events('JOB_CREATED', 'Call');
    expect(job.value.type).toBe('service-task');
    engine.when({ type: 'CompleteJob', jobKey: job.key, variables: { answer: 42 } });
    expect(engine.instanceState(key)).toBe('completed');
  });

  it('given a service task, when its job fails without retries, then an incident is raised and the task waits', async () => {
    const engine = await EngineHarness.given(import.meta.url, ['service-task.fixture.bpmn']);
    const key = engine.start('Service');
    const [job] = engine.events('JOB_CREATED', 'Call');
    engine.when({ type: 'FailJob', jobKey: job.key, retries: 0, message: 'unreachable' });
    expect(engine.events('INCIDENT_CREATED')[0].value).toEqual({ errorType: 'JOB_NO_RETRIES', message: 'unreachable' });
    expect(engine.activeElements()).toContain('Call');
    engine.when({ type: 'ResolveIncident', incidentKey: engine.events('INCIDENT_CREATED')[0].key });
    engine.when({ type: 'CompleteJob', jobKey: job.key });
    expect(engine.instanceState(key)).toBe('completed');
  });
});
