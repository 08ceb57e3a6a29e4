import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { Router } from '@angular/router';
import { ApiError } from '../api/api-error';
import { I18nService } from '../i18n/i18n.service';
import { ProblemComponent } from '../shared/problem.component';
import { homePath } from './role.guard';
import { SessionService } from './session.service';

/** Sign-in with a username (or email) and password; then back where the person was going. */
@Component({
  selector: 'hito-login',
  imports: [FormsModule, ProblemComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form class="card" (ngSubmit)="submit()" aria-labelledby="login-title">
      <h1 id="login-title">{{ i18n.t('auth.title') }}</h1>
      @if (expired()) {
        <p class="notice" role="status">{{ i18n.t('auth.expired') }}</p>
      }
      <p class="intro">{{ i18n.t('auth.intro') }}</p>
      <label for="login-username">{{ i18n.t('auth.username') }}</label>
      <input id="login-username" name="username" autocomplete="username" required [(ngModel)]="username" />
      <label for="login-password">{{ i18n.t('auth.password') }}</label>
      <input id="login-password" name="password" type="password" autocomplete="current-password" required [(ngModel)]="password" />
      @if (message(); as text) {
        <p class="error" role="alert" data-testid="login-error">{{ text }}</p>
      }
      <hito-problem [error]="error()" />
      <button type="submit" [disabled]="busy() || !username || !password">
        {{ busy() ? i18n.t('auth.submitting') : i18n.t('auth.submit') }}
      </button>
    </form>
  `,
  styles: `
    :host { display: flex; justify-content: center; align-items: flex-start; height: 100%; background: #f6f8fa;
      overflow: auto; }
    .card { margin-top: 8vh; width: 22rem; background: #fff; border: 1px solid var(--hito-border);
      border-radius: 8px; padding: 1.5rem 1.75rem; display: flex; flex-direction: column; gap: .45rem; }
    h1 { margin: 0 0 .25rem; font-size: 1.4rem; }
    .intro { margin: 0 0 .5rem; color: var(--hito-muted); font-size: .9rem; }
    label { font-weight: 600; font-size: .9rem; }
    input { font: inherit; padding: .45rem .6rem; border: 1px solid var(--hito-border); border-radius: 4px; }
    button { margin-top: .75rem; padding: .5rem; background: var(--hito-primary); color: #fff; border: none;
      border-radius: 4px; cursor: pointer; font-weight: 600; }
    button:disabled { opacity: .6; cursor: default; }
    .error { margin: 0; color: #82071e; background: #ffebe9; border-radius: 4px; padding: .45rem .6rem; }
    .notice { margin: 0; background: #ddf4ff; border-radius: 4px; padding: .45rem .6rem; font-size: .9rem; }
  `,
})
export class LoginComponent {
  protected readonly i18n = inject(I18nService);
  private readonly session = inject(SessionService);
  private readonly router = inject(Router);

  /** Query parameters, bound by the router. */
  readonly returnUrl = input<string>();
  readonly expired = input<string>();

  protected username = '';
  protected password = '';
  protected readonly busy = signal(false);
  protected readonly message = signal('');
  protected readonly error = signal<unknown>(null);

  async submit(): Promise<void> {
    this.busy.set(true);
    this.message.set('');
    this.error.set(null);
    try {
      await this.session.signIn(this.username.trim(), this.password);
      this.password = '';
      const target = this.returnUrl();
      await this.router.navigateByUrl(target && target.startsWith('/') && !target.startsWith('/login') ? target : homePath(this.session));
    } catch (error) {
      const api = ApiError.from(error);
      if (api.status === 401) this.message.set(this.i18n.t('auth.failed'));
      else if (api.status === 429) this.message.set(this.i18n.t('auth.throttled'));
      else this.error.set(api);
    } finally {
      this.busy.set(false);
    }
  }
}
