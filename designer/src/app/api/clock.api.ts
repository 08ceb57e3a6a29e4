import { Injectable, inject } from '@angular/core';
import { ApiService } from './api.service';
import type { ClockState } from './models';

/** `/api/clock`: exists only in simulation mode (404 with the system clock). */
@Injectable({ providedIn: 'root' })
export class ClockApi {
  private readonly api = inject(ApiService);

  get(): Promise<ClockState> {
    return this.api.get('/clock');
  }

  advance(duration: string): Promise<ClockState> {
    return this.api.post('/clock', { advance: duration });
  }
}
