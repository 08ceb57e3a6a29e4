import { Injectable, inject } from '@angular/core';
import { ApiService } from './api.service';
import type { Person, Tokens } from './models';

/** `/api/auth`: sign in, refresh (rotating), sign out, who am I. */
@Injectable({ providedIn: 'root' })
export class AuthApi {
  private readonly api = inject(ApiService);

  login(username: string, password: string): Promise<Tokens & { person: Person }> {
    return this.api.post('/auth/login', { username, password });
  }

  refresh(refreshToken: string): Promise<Tokens> {
    return this.api.post('/auth/refresh', { refreshToken });
  }

  logout(refreshToken: string): Promise<void> {
    return this.api.post('/auth/logout', { refreshToken });
  }

  me(): Promise<{ person: Person }> {
    return this.api.get('/auth/me');
  }
}
