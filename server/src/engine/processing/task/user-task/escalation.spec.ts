import { EngineHarness } from '../../../../conformance/testing/engine-harness.js';

const DAY = 24 * 3600 * 1000;
const START = Date.parse('2027-01-15T14:00:00Z');

describe('user task escalation', () => {
  it('given a boundary timer relative to the task due date, when time passes, then it fires 15 days before the due date', async () => {
    const engine = await EngineHarness.given(import.meta.url, ['escalation.fixture.bpmn'], [], { startTime: START });
    engine.start('Escalated');
    const [timer] = engine.events('SUBSCRIPTION_OPENED', 'BeforeDue');
    expect(timer.value.dueDate).toBe(START + 15 * DAY);
    engine.advance(15 * DAY - 1);
    expect(engine.timesCompleted('Reminded')).toBe(0);
    engine.advance(1);
    expect(engine.timesCompleted('Reminded')).toBe(1);
    expect(engine.task('Report')?.state).toBe('created');
  });

  it('given an open task, when it is escalated with new candidates and an assignee, then USER_TASK_ESCALATED records them with the reason and the task carries them', async () => {
    const engine = await EngineHarness.given(import.meta.url, ['escalation.fixture.bpmn'], [], { startTime: START });
    engine.start('Escalated');
    const key = engine.task('Report')!.key;
    engine.when({ type: 'ClaimUserTask', userTaskKey: key, assignee: 'ana' });
    engine.when({
      type: 'EscalateUserTask',
      userTaskKey: key,
      reason: 'La entidad no respondió',
      addCandidateInstitutions: ['mincit', 'entidad'],
      addCandidateRoles: ['viceministra'],
      assignee: 'vera',
      escalatedBy: 'timer',
    });
    expect(engine.events('USER_TASK_ESCALATED')[0].value).toEqual({
      reason: 'La entidad no respondió',
      addedInstitutions: ['mincit'],
      addedRoles: ['viceministra'],
      addedPeople: [],
      assignee: 'vera',
      escalatedBy: 'timer',
    });
    expect(engine.task('Report')).toMatchObject({ state: 'claimed', assignee: 'vera', candidateInstitutions: ['entidad', 'mincit'], candidateRoles: ['entidad-responsable', 'viceministra'] });
  });

  it('given a completed task, a missing reason or nothing new, when escalated, then the command is rejected and nothing changes', async () => {
    const engine = await EngineHarness.given(import.meta.url, ['escalation.fixture.bpmn'], [], { startTime: START });
    engine.start('Escalated');
    const key = engine.task('Report')!.key;
    engine.when({ type: 'EscalateUserTask', userTaskKey: key, reason: ' ', addCandidateRoles: ['ministro'] });
    expect(engine.rejections()).toEqual(['Expected a reason to escalate the task, but none was given']);
    engine.when({ type: 'EscalateUserTask', userTaskKey: key, reason: 'again', addCandidateRoles: ['entidad-responsable'] });
    expect(engine.rejections()).toEqual(['Expected new candidates or a new assignee to escalate the task, but the command changes nothing']);
    engine.when({ type: 'CompleteUserTask', userTaskKey: key });
    engine.when({ type: 'EscalateUserTask', userTaskKey: key, reason: 'late', addCandidateRoles: ['ministro'] });
    expect(engine.rejections()).toEqual(['Expected task to be CREATED, CLAIMED or DELEGATED, but it is COMPLETED']);
    expect(engine.events('USER_TASK_ESCALATED')).toHaveLength(0);
  });
});
