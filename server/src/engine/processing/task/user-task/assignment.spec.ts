import { EngineHarness } from '../../../../conformance/testing/engine-harness.js';

const accion = { entidadResponsable: 'colombia-productiva', liderTecnico: 'ana' };

describe('user task assignment (hito:assignment)', () => {
  it('given candidates as FEEL and literal lists, when the task is created, then the resolution is recorded in USER_TASK_CREATED and the state', async () => {
    const engine = await EngineHarness.given(import.meta.url, ['assignment.fixture.bpmn']);
    engine.start('Assigned', { accion, revisores: ['luis', 'marta'], urgente: true });
    const [created] = engine.events('USER_TASK_CREATED', 'Report');
    expect(created.value).toEqual({
      name: 'Report progress',
      assignee: 'ana',
      candidateInstitutions: ['colombia-productiva'],
      candidateRoles: ['entidad-responsable', 'lider-tecnico'],
      candidatePeople: ['luis', 'marta'],
      priority: 90,
      formKey: 'reporte-accion',
    });
    expect(engine.task('Report')).toMatchObject({ state: 'created', assignee: 'ana', priority: 90, candidatePeople: ['luis', 'marta'] });
  });

  it('given a comma-separated text from FEEL and no priority, when created, then the text is split and the priority is 50', async () => {
    const engine = await EngineHarness.given(import.meta.url, ['assignment.fixture.bpmn']);
    engine.start('Assigned', { accion: { ...accion, entidadResponsable: 'mincit, viceministerio' }, revisores: 'luis', urgente: false });
    expect(engine.task('Report')).toMatchObject({ candidateInstitutions: ['mincit', 'viceministerio'], candidatePeople: ['luis'], priority: 40 });
    engine.start('Defaults');
    expect(engine.events('USER_TASK_CREATED', 'Review')[0].value).toEqual({ candidateInstitutions: [], candidateRoles: ['planeacion'], candidatePeople: [], priority: 50 });
  });

  it('given a candidate expression over a missing variable, when the task is created, then an incident names the element and attribute, and resolving it after fixing the variable creates the task', async () => {
    const engine = await EngineHarness.given(import.meta.url, ['assignment.fixture.bpmn']);
    const key = engine.start('Assigned', { revisores: [], urgente: false });
    expect(engine.events('USER_TASK_CREATED')).toHaveLength(0);
    expect(engine.incidents('Report')).toEqual(['EXPRESSION_ERROR: User task "Report progress" (Report): candidateInstitutions "= accion.entidadResponsable" evaluated to null (is a variable missing?).']);
    engine.when({ type: 'SetVariables', instanceKey: key, variables: { accion } });
    engine.when({ type: 'ResolveIncident', incidentKey: engine.events('INCIDENT_CREATED')[0].key });
    expect(engine.task('Report')).toMatchObject({ candidateInstitutions: ['colombia-productiva'], assignee: 'ana' });
  });

  it('given expressions that yield no candidate and no assignee, when the task is created, then an assignment incident says nobody could see it', async () => {
    const engine = await EngineHarness.given(import.meta.url, ['assignment.fixture.bpmn']);
    engine.start('Nobody', { instituciones: [] });
    expect(engine.events('USER_TASK_CREATED')).toHaveLength(0);
    expect(engine.incidents('Orphan')[0]).toMatch(/^ASSIGNMENT_ERROR: User task "Orphan task" \(Orphan\): hito:assignment resolved to no candidate/);
  });

  it('given a directory check that does not know a candidate, when the task is created, then an incident names the missing ids', async () => {
    const known = new Set(['colombia-productiva', 'entidad-responsable', 'lider-tecnico', 'luis']);
    const candidateCheck = (candidates: { candidateInstitutions: string[]; candidateRoles: string[]; candidatePeople: string[]; assignee?: string }) =>
      [...candidates.candidateInstitutions, ...candidates.candidateRoles, ...candidates.candidatePeople, ...(candidates.assignee ? [candidates.assignee] : [])].filter((id) => !known.has(id));
    const engine = await EngineHarness.given(import.meta.url, ['assignment.fixture.bpmn'], [], { candidateCheck });
    engine.start('Assigned', { accion, revisores: ['luis', 'nadie'], urgente: false });
    expect(engine.events('USER_TASK_CREATED')).toHaveLength(0);
    expect(engine.incidents('Report')).toEqual(['ASSIGNMENT_ERROR: User task "Report progress" (Report): hito:assignment names candidates that are not in the directory: nadie, ana.']);
  });

  it('given a user task without hito:assignment, when created, then it keeps the legacy candidate groups and raises no incident', async () => {
    const engine = await EngineHarness.given(import.meta.url, ['../user-task.fixture.bpmn']);
    engine.start('Approval');
    expect(engine.events('USER_TASK_CREATED')[0].value).toEqual({ candidateGroups: [] });
    expect(engine.incidents()).toEqual([]);
  });

  it('given a priority outside 0-100 written as a literal, when deployed, then deployment is refused naming the element', async () => {
    const engine = await EngineHarness.given(import.meta.url, []);
    const problems = await engine.deploy(import.meta.url, ['bad-priority.fixture.bpmn']);
    expect(problems).toEqual([
      'Bad hito-priority: User task "Bad": hito:assignment priority "150" must be a whole number from 0 to 100.',
      'Bad hito-feel: "Bad": hito:schedule dueDate is not valid FEEL (error at column 7) in "date((".',
    ]);
  });
});
