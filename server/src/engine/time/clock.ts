/** Where the engine gets the time: the only source of "now" in the core. */
export interface Clock {
  /** Epoch milliseconds. */
  now(): number;
}

/** A clock that moves only when told to: tests and the in-memory driver run months in milliseconds. */
export class SimulatedClock implements Clock {
  constructor(private time: number) {}

  now(): number {
    return this.time;
  }

  /** Moves to an absolute time; never backwards. */
  set(time: number): void {
    if (time > this.time) this.time = time;
  }

  /** Moves forward by `ms`. */
  advance(ms: number): void {
    this.time += Math.max(0, ms);
  }
}
