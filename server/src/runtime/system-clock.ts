import type { Clock } from '../engine/time/clock.js';

/** Wall-clock time, for production. */
export class SystemClock implements Clock {
  readonly mode = 'system' as const;

  now(): number {
    return Date.now();
  }
}
