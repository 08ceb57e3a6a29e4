import { Injectable, inject, signal } from '@angular/core';
import { ClockApi } from '../api/clock.api';
import type { ClockState } from '../api/models';

/**
 * The server's simulated clock when it runs in simulation mode (`GET /api/clock` answers 200),
 * so that "overdue" is judged against the same time the engine uses. `null` with the system clock.
 */
@Injectable({ providedIn: 'root' })
export class SimulationClockService {
  private readonly api = inject(ClockApi);
  readonly state = signal<ClockState | null>(null);

  /** Now, as the engine sees it. */
  now(): Date {
    const simulated = this.state();
    return simulated ? new Date(simulated.now) : new Date();
  }

  async load(): Promise<void> {
    try {
      const state = await this.api.get();
      this.state.set(state.mode === 'simulated' ? state : null);
    } catch {
      this.state.set(null); // 404: the system clock.
    }
  }

  async advance(duration: string): Promise<void> {
    const state = await this.api.advance(duration);
    if (state?.now) this.state.set({ mode: 'simulated', now: state.now });
    else await this.load();
  }
}
