import { startContainer } from '../behaviour/scope.behaviour.js';
import type { ElementProcessor } from '../types.js';

/** Embedded sub-process and transaction: a scope that completes when nothing runs in it any more. */
export const subProcessProcessor: ElementProcessor = {
  onActivated(batch, instance, element, step) {
    startContainer(batch, instance, element, { ...step, startAt: undefined, payload: undefined });
  },
};
