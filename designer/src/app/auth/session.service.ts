import { Injectable, computed, inject, signal } from '@angular/core';
import { AuthApi } from '../api/auth.api';
import type { Person, PlatformRole, Tokens } from '../api/models';

const STORAGE_KEY = 'hito.session';

interface StoredSession {
  accessToken: string;
  refreshToken: string;
  person: Person;
}

/**
 * The signed-in person and their tokens, kept in memory and in sessionStorage (so a reload keeps
 * the session but closing the tab ends it). Refreshing is single-flight: concurrent 401s share one.
 */
@Injectable({ providedIn: 'root' })
export class SessionService {
  private readonly authApi = inject(AuthApi);
  private readonly session = signal<StoredSession | null>(readStored());
  private refreshing: Promise<boolean> | null = null;

  readonly person = computed(() => this.session()?.person ?? null);
  readonly signedIn = computed(() => this.session() !== null);
  readonly roles = computed<PlatformRole[]>(() => this.person()?.platformRoles ?? []);

  get accessToken(): string | null {
    return this.session()?.accessToken ?? null;
  }

  /** True when the person has one of `roles`; admins may do everything. */
  hasRole(...roles: PlatformRole[]): boolean {
    const mine = this.roles();
    return mine.includes('admin') || roles.some((role) => mine.includes(role));
  }

  async signIn(username: string, password: string): Promise<Person> {
    const answer = await this.authApi.login(username, password);
    this.store({ accessToken: answer.accessToken, refreshToken: answer.refreshToken, person: answer.person });
    return answer.person;
  }

  async signOut(): Promise<void> {
    const refreshToken = this.session()?.refreshToken;
    this.clear();
    if (refreshToken) await this.authApi.logout(refreshToken).catch(() => undefined);
  }

  /** Exchanges the refresh token for new tokens; false (and signed out) when that fails. */
  refresh(): Promise<boolean> {
    this.refreshing ??= this.doRefresh().finally(() => (this.refreshing = null));
    return this.refreshing;
  }

  /** Re-reads who the person is (platform roles may have changed since sign-in). */
  async reloadPerson(): Promise<void> {
    const current = this.session();
    if (!current) return;
    const { person } = await this.authApi.me();
    const now = this.session();
    if (now) this.store({ ...now, person });
  }

  clear(): void {
    this.session.set(null);
    sessionStorage.removeItem(STORAGE_KEY);
  }

  private async doRefresh(): Promise<boolean> {
    const current = this.session();
    if (!current) return false;
    try {
      const tokens: Tokens = await this.authApi.refresh(current.refreshToken);
      this.store({ ...current, accessToken: tokens.accessToken, refreshToken: tokens.refreshToken });
      return true;
    } catch {
      this.clear();
      return false;
    }
  }

  private store(session: StoredSession): void {
    this.session.set(session);
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(session));
  }
}

function readStored(): StoredSession | null {
  try {
    const parsed = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? 'null') as StoredSession | null;
    return parsed?.accessToken && parsed.refreshToken && parsed.person ? parsed : null;
  } catch {
    return null;
  }
}
