import { Injectable, inject } from '@angular/core';
import { ApiService } from './api.service';
import type { HistoryRecord, InstanceDetail, InstanceSummary, Page, Verdict } from './models';

export interface InstanceFilter {
  bpmnProcessId?: string;
  state?: string;
  businessKey?: string;
}

export type InstanceCommand = 'cancel' | 'suspend' | 'resume';

/** `/api/instances`: list, detail, commands, history and its verification. */
@Injectable({ providedIn: 'root' })
export class InstancesApi {
  private readonly api = inject(ApiService);

  list(filter: InstanceFilter): Promise<Page<InstanceSummary>> {
    return this.api.get('/instances', { ...filter });
  }

  get(key: string): Promise<InstanceDetail> {
    return this.api.get(`/instances/${encodeURIComponent(key)}`);
  }

  command(key: string, command: InstanceCommand): Promise<unknown> {
    return this.api.post(`/instances/${encodeURIComponent(key)}/${command}`);
  }

  history(key: string): Promise<{ records: HistoryRecord[] }> {
    return this.api.get(`/instances/${encodeURIComponent(key)}/history`);
  }

  verify(key: string): Promise<Verdict> {
    return this.api.get(`/instances/${encodeURIComponent(key)}/verify`);
  }
}
