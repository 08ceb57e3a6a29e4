import { Injectable, inject } from '@angular/core';
import { ApiService } from './api.service';
import type { Page, Task, TaskDetail } from './models';

/** `/api/user-tasks`: the inbox and the task commands. */
@Injectable({ providedIn: 'root' })
export class UserTasksApi {
  private readonly api = inject(ApiService);

  mine(): Promise<Page<Task>> {
    return this.api.get('/user-tasks', { state: 'open', candidate: 'me', sort: 'due' });
  }

  get(key: string): Promise<TaskDetail> {
    return this.api.get(`/user-tasks/${encodeURIComponent(key)}`);
  }

  claim(key: string): Promise<unknown> {
    return this.api.post(`/user-tasks/${encodeURIComponent(key)}/claim`);
  }

  unclaim(key: string): Promise<unknown> {
    return this.api.post(`/user-tasks/${encodeURIComponent(key)}/unclaim`);
  }

  complete(key: string, variables: Record<string, unknown>): Promise<unknown> {
    return this.api.post(`/user-tasks/${encodeURIComponent(key)}/complete`, { variables });
  }
}
