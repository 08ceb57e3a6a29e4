import type { ExecutableElement } from '../../model/executable-model.js';
import type { Batch } from '../batch.js';
import { completeElement } from '../behaviour/completion.behaviour.js';
import type { ElementProcessor } from '../types.js';

function innerActivities(batch: Batch, instanceKey: number, element: ExecutableElement): string[] {
  const model = batch.model(instanceKey);
  return element.children.filter((id) => {
    const child = model.elements[id];
    return child.incoming.length === 0 && !child.isForCompensation && child.kind !== 'boundaryEvent' && child.kind !== 'eventSubProcess' && !child.kind.endsWith('Event');
  });
}

/**
 * Ad-hoc sub-process without a completion condition: each inner activity (without incoming flow)
 * runs once, all at once (Parallel) or one after the other in document order (Sequential).
 */
export const adHocSubProcessProcessor: ElementProcessor = {
  onActivated(batch, instance, element) {
    const inner = innerActivities(batch, instance.instanceKey, element);
    batch.emitFor('LOOP_INITIALIZED', instance, { total: inner.length });
    if (inner.length === 0) return batch.enqueue({ type: 'complete', key: instance.key });
    const first = element.adHocOrdering === 'Sequential' ? inner.slice(0, 1) : inner;
    for (const id of first) batch.enqueue({ type: 'activate', scopeKey: instance.key, elementId: id });
  },
  onScopeQuiet(batch, instance, element) {
    const inner = innerActivities(batch, instance.instanceKey, element);
    const started = instance.loop?.started ?? inner.length;
    if (element.adHocOrdering === 'Sequential' && started < inner.length) {
      batch.enqueue({ type: 'activate', scopeKey: instance.key, elementId: inner[started] });
      return;
    }
    completeElement(batch, instance.key);
  },
};
