import { EngineHarness } from '../../../conformance/testing/engine-harness.js';

/** Values written to one scope (the instance root unless given), in log order. */
function writes(engine: EngineHarness, scopeKey: number, name: string): unknown[] {
  return [...engine.events('VARIABLE_CREATED'), ...engine.events('VARIABLE_UPDATED')]
    .filter((record) => record.value.scopeKey === scopeKey && record.value.name === name)
    .sort((a, b) => a.position - b.position)
    .map((record) => record.value.value);
}

describe('variables (hito:ioMapping), decisions and call activities', () => {
  it('given a sequential multi-instance task with inputs over loopCounter, when each iteration is completed, then it sees its own item and the outputs reach the enclosing scope', async () => {
    const engine = await EngineHarness.given(import.meta.url, ['hito-variables.fixture.bpmn']);
    const key = engine.start('PerItem', { items: [{ owner: 'ana' }, { owner: 'luis' }] });
    expect(engine.variable(key, 'revisados')).toBe(0);
    const first = engine.task('Review')!;
    expect(first.candidatePeople).toEqual(['ana']);
    engine.when({ type: 'CompleteUserTask', userTaskKey: first.key });
    const second = engine.task('Review')!;
    expect(second.candidatePeople).toEqual(['luis']);
    expect(engine.driver.engine.state.visibleVariables(second.elementInstanceKey)).toMatchObject({ loopCounter: 2, peso: 20, item: { owner: 'luis' } });
    engine.when({ type: 'CompleteUserTask', userTaskKey: second.key });
    expect(writes(engine, key, 'revisados')).toEqual([0, 1, 2]);
    expect(writes(engine, key, 'resumen')).toEqual([{ total: 2, todos: true }]);
    expect(writes(engine, key, 'item')).toEqual([]);
    expect(engine.instanceState(key)).toBe('completed');
  });

  it('given propagateAllChildVariables="false" and a pinned version, when the child runs, then it gets only the inputs, runs version 1, and only the outputs come back', async () => {
    const engine = await EngineHarness.given(import.meta.url, ['call-child-v1.fixture.bpmn']);
    expect(await engine.deploy(import.meta.url, ['call-child-v2.fixture.bpmn', 'call-parent.fixture.bpmn'])).toEqual([]);
    const key = engine.start('Parent', { acciones: [{ nombre: 'Vivero' }], secreto: 'clave' });
    // Written by the first call's output; the second call (latest, all variables) hands it back unchanged.
    expect(writes(engine, key, 'resultadoAislado')).toEqual(['v1 Vivero / sin secreto', 'v1 Vivero / sin secreto']);
    // The second call activity runs version 2 with everything visible and returns everything.
    expect(writes(engine, key, 'resultado')).toEqual(['v2 sin acción / clave']);
    expect(writes(engine, key, 'accion')).toEqual([]);
    expect(engine.instanceState(key)).toBe('completed');
  });
});
