import { EngineHarness } from '../../../conformance/testing/engine-harness.js';

describe('MoveToken (instance modification)', () => {
  it('given a waiting user task, when its token is moved ahead with a reason, then the task is cancelled, the target waits, and the move is recorded', async () => {
    const engine = await EngineHarness.given(import.meta.url, ['move-token.fixture.bpmn']);
    const instanceKey = engine.start('Moved');
    const review = engine.task('Review')!;

    engine.when({ type: 'MoveToken', instanceKey, fromElementId: 'Review', toElementId: 'Approve', reason: 'Revisión hecha fuera del sistema', movedBy: 'ramiro' });

    expect(engine.rejections()).toEqual([]);
    expect(engine.task('Review')?.state).toBe('cancelled');
    expect(engine.activeElements()).toEqual(['Moved', 'Approve']);
    const [moved] = engine.events('TOKEN_MOVED');
    expect(moved.value).toEqual({ fromElementId: 'Review', toElementId: 'Approve', reason: 'Revisión hecha fuera del sistema', movedBy: 'ramiro', terminated: [review.elementInstanceKey] });
    engine.when({ type: 'CompleteUserTask', userTaskKey: engine.task('Approve')!.key });
    expect(engine.instanceState(instanceKey)).toBe('completed');
  });

  it('given no active instance of the source, or no reason, or an unknown target, refuses and changes nothing', async () => {
    const engine = await EngineHarness.given(import.meta.url, ['move-token.fixture.bpmn']);
    const instanceKey = engine.start('Moved');
    const refusal = (fromElementId: string, toElementId: string, reason: string) =>
      engine.when({ type: 'MoveToken', instanceKey, fromElementId, toElementId, reason })[0].rejections.map((rejection) => rejection.reason);
    expect(refusal('Approve', 'End', 'x')).toEqual(['Expected an active instance of "Approve", but there is none']);
    expect(refusal('Review', 'Approve', ' ')).toEqual(['Expected a reason for moving the token, but none was given']);
    expect(refusal('Review', 'Start', 'x')).toEqual(['Expected "Start" to be a task, gateway, sub-process or intermediate or end event of "Moved", but it is not']);
    expect(engine.events('TOKEN_MOVED')).toEqual([]);
    expect(engine.activeElements()).toEqual(['Moved', 'Review']);
  });
});
