import { EngineHarness } from '../../../conformance/testing/engine-harness.js';

describe('message correlation (hito:subscription on bpmn:message)', () => {
  it('given two orders waiting for "paid", when a message with one order\'s key is published, then only that order continues', async () => {
    const engine = await EngineHarness.given(import.meta.url, ['correlation.fixture.bpmn']);
    const first = engine.start('Order', { pedido: { id: 'P-1' } });
    const second = engine.start('Order', { pedido: { id: 'P-2' } });
    expect(engine.events('SUBSCRIPTION_OPENED', 'Paid').map((record) => record.value.correlationKey)).toEqual(['P-1', 'P-2']);
    engine.when({ type: 'PublishMessage', name: 'paid', correlationKey: 'P-2', variables: { monto: 10 } });
    expect([engine.instanceState(first), engine.instanceState(second)]).toEqual(['active', 'completed']);
  });
});
