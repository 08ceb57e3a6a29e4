import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { SessionService } from '../auth/session.service';
import { I18nService } from '../i18n/i18n.service';

/** The signed-in person with their roles and a sign-out button, or a sign-in link. */
@Component({
  selector: 'hito-user-menu',
  imports: [RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (session.person(); as person) {
      <span class="who" data-testid="signed-in-person" [title]="i18n.t('auth.signedInAs', { name: person.name })">
        <strong>{{ person.name }}</strong>
        <small>{{ roles() }}</small>
      </span>
      <button type="button" (click)="signOut()">{{ i18n.t('auth.signOut') }}</button>
    } @else {
      <a routerLink="/login">{{ i18n.t('auth.signIn') }}</a>
    }
  `,
  styles: `
    :host { display: flex; align-items: center; gap: .6rem; }
    .who { display: flex; flex-direction: column; line-height: 1.1; text-align: right; }
    .who small { opacity: .8; font-size: .72rem; }
    button, a { background: transparent; color: #fff; border: 1px solid rgba(255, 255, 255, .6);
      border-radius: 4px; padding: .25rem .7rem; cursor: pointer; text-decoration: none; font-size: .9rem; }
  `,
})
export class UserMenuComponent {
  protected readonly session = inject(SessionService);
  protected readonly i18n = inject(I18nService);
  private readonly router = inject(Router);

  protected readonly roles = computed(() =>
    this.session
      .roles()
      .map((role) => this.i18n.t(`role.${role}`))
      .join(' · '),
  );

  async signOut(): Promise<void> {
    await this.session.signOut();
    await this.router.navigateByUrl('/login');
  }
}
