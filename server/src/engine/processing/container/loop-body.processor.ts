import { evaluateCondition } from '../../expression/feel.js';
import type { ExecutableElement } from '../../model/executable-model.js';
import type { ElementInstanceState } from '../../state/engine-state.js';
import type { Batch } from '../batch.js';
import { activateElement } from '../behaviour/activation.behaviour.js';
import { completeElement } from '../behaviour/completion.behaviour.js';
import type { ElementProcessor } from '../types.js';

function iterate(batch: Batch, body: ElementInstanceState, element: ExecutableElement, counter: number): void {
  activateElement(batch, { type: 'activate', scopeKey: body.key, elementId: element.id, inner: { loopCounter: counter } });
}

function conditionHolds(batch: Batch, body: ElementInstanceState, element: ExecutableElement): boolean {
  const condition = element.loop!.condition;
  return condition ? evaluateCondition(condition, () => batch.state.visibleVariables(body.key), batch.feel) : false;
}

/**
 * Standard loop body: repeats the activity while the loop condition holds, tested before or after
 * each iteration, never more than `loopMaximum` times.
 */
export const loopBodyProcessor: ElementProcessor = {
  onActivated(batch, body, element) {
    batch.emitFor('LOOP_INITIALIZED', body, { total: element.loop!.maximum });
    if (element.loop!.testBefore && !conditionHolds(batch, body, element)) return completeElement(batch, body.key);
    if (element.loop!.maximum === 0) return completeElement(batch, body.key);
    iterate(batch, body, element, 1);
  },
  onChildCompleted(batch, body, element) {
    const loop = body.loop!;
    const maximum = element.loop!.maximum;
    if (maximum !== undefined && loop.completed >= maximum) return completeElement(batch, body.key);
    if (!conditionHolds(batch, body, element)) return completeElement(batch, body.key);
    iterate(batch, body, element, loop.started + 1);
  },
};
