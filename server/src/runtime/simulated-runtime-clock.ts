import type { DataSource } from 'typeorm';
import { SimulatedClock } from '../engine/time/clock.js';
import type { DurableRuntime } from './durable-runtime.js';
import { earliestDue, fireDueTimers } from './timer-firing.js';

/**
 * Simulation mode's clock: time moves only when told, and moving it fires everything that became
 * due, in due order, at its due time (a timer set by a firing that falls inside the step fires too).
 * The time is stored, so a restart continues where the simulation was.
 */
export class SimulatedRuntimeClock extends SimulatedClock {
  readonly mode = 'simulated' as const;

  constructor(start: number) {
    super(start);
  }

  /** Restores the stored simulated time, or stores `start` as the first one. */
  static async load(db: DataSource, start: number): Promise<SimulatedRuntimeClock> {
    const rows: { now: Date }[] = await db.query('SELECT now FROM simulated_clock WHERE id = 1');
    if (rows.length > 0) return new SimulatedRuntimeClock(rows[0].now.getTime());
    await db.query('INSERT INTO simulated_clock (id, now) VALUES (1, $1) ON CONFLICT (id) DO NOTHING', [new Date(start)]);
    return new SimulatedRuntimeClock(start);
  }

  /**
   * Moves to `target`, firing due timers on the way; `afterStep` runs after each step at its
   * simulated time (the built-in jobs, so that notifications carry the time they were due).
   * Returns how many timers fired.
   */
  async advanceTo(runtime: DurableRuntime, db: DataSource, target: number, afterStep: () => Promise<unknown> = async () => undefined): Promise<number> {
    if (target < this.now()) throw new RangeError(`The simulated clock cannot go back: it is ${new Date(this.now()).toISOString()}`);
    const skip = new Set<number>();
    let fired = 0;
    for (let due = await earliestDue(runtime, target, skip); due !== undefined; due = await earliestDue(runtime, target, skip)) {
      this.set(due);
      const count = await fireDueTimers(runtime, undefined, skip);
      fired += count;
      await afterStep();
      if (count === 0 && (await earliestDue(runtime, this.now(), skip)) === due) break;
    }
    this.set(target);
    await afterStep();
    await db.query('UPDATE simulated_clock SET now = $1 WHERE id = 1', [new Date(this.now())]);
    return fired;
  }
}
