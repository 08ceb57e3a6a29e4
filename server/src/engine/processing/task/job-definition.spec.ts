import { EngineHarness } from '../../../conformance/testing/engine-harness.js';

const accion = { id: 'A-1', nombre: 'Vivero' };

describe('jobs (hito:taskDefinition, hito:taskHeaders)', () => {
  it('given a service task with type, retries and FEEL headers, when it activates, then the job carries them evaluated', async () => {
    const engine = await EngineHarness.given(import.meta.url, ['job-definition.fixture.bpmn']);
    const [result] = engine.when({ type: 'CreateInstance', bpmnProcessId: 'Jobs', variables: { accion, lideres: ['ana', 'luis'] } });
    expect(result.jobsCreated).toEqual([
      expect.objectContaining({ elementId: 'Notify', type: 'notify', headers: { subject: 'Acción Vivero', 'to-roles': 'planeacion,gerente-general', 'to-people': 'ana,luis' } }),
    ]);
    expect(engine.events('JOB_CREATED', 'Notify')[0].value.retries).toBe(5);
  });

  it('given a message end event with a task definition, when reached, then a worker job sends it and the instance ends when the job completes', async () => {
    const engine = await EngineHarness.given(import.meta.url, ['job-definition.fixture.bpmn']);
    const key = engine.start('Jobs', { accion, lideres: 'ana' });
    engine.when({ type: 'CompleteJob', jobKey: engine.events('JOB_CREATED', 'Notify')[0].key });
    const [job] = engine.events('JOB_CREATED', 'Sent');
    expect(job.value).toEqual({ type: 'http', retries: 3, headers: { url: 'https://example.org/A-1' } });
    expect(engine.events('MESSAGE_PUBLISHED')).toHaveLength(0);
    expect(engine.instanceState(key)).toBe('active');
    engine.when({ type: 'CompleteJob', jobKey: job.key });
    expect(engine.instanceState(key)).toBe('completed');
  });

  it('given a FEEL header over a missing variable, when the job would be created, then an incident names the element and header', async () => {
    const engine = await EngineHarness.given(import.meta.url, ['job-definition.fixture.bpmn']);
    engine.start('Jobs', { lideres: 'ana' });
    expect(engine.events('JOB_CREATED')).toHaveLength(0);
    expect(engine.incidents('Notify')).toEqual(['PROCESSING_ERROR: "Notify": header "subject" "= "Acción " + accion.nombre" evaluated to null (is a variable missing?).']);
  });
});
