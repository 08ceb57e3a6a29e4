import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { filter, map } from 'rxjs';
import { SessionService } from './auth/session.service';
import { I18nService } from './i18n/i18n.service';
import { ClockBannerComponent } from './shell/clock-banner.component';
import { UserMenuComponent } from './shell/user-menu.component';

/** The shell: brand, navigation by role, language, the signed-in person, the simulation clock. */
@Component({
  selector: 'hito-root',
  imports: [RouterOutlet, RouterLink, RouterLinkActive, UserMenuComponent, ClockBannerComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <header class="bar">
      <a class="brand" routerLink="/">
        <strong>{{ i18n.t('app.title') }}</strong>
        <span>{{ i18n.t('app.tagline') }}</span>
      </a>
      <nav [attr.aria-label]="i18n.t('nav.main')">
        @if (!session.signedIn() || session.hasRole('process-owner')) {
          <a routerLink="/designer" routerLinkActive="active">{{ i18n.t('nav.designer') }}</a>
        }
        @if (session.hasRole('participant')) {
          <a routerLink="/inbox" routerLinkActive="active">{{ i18n.t('nav.inbox') }}</a>
        }
        @if (session.hasRole('process-owner', 'auditor')) {
          <a routerLink="/instances" routerLinkActive="active">{{ i18n.t('nav.instances') }}</a>
        }
      </nav>
      <button type="button" class="lang" (click)="i18n.toggle()" [attr.aria-label]="i18n.t('lang.switch.label')">
        {{ i18n.t('lang.switch') }}
      </button>
      <hito-user-menu />
    </header>
    <hito-clock-banner />
    @if (denied(); as url) {
      <p class="denied" role="alert">{{ i18n.t('common.denied', { url }) }}</p>
    }
    <main><router-outlet /></main>
  `,
  styles: `
    :host { display: flex; flex-direction: column; height: 100vh; }
    .bar { display: flex; align-items: center; gap: 1.5rem; padding: 0 1rem; height: 48px;
      background: var(--hito-primary); color: #fff; flex: none; }
    .brand { display: flex; align-items: baseline; gap: .6rem; color: inherit; text-decoration: none; }
    .brand strong { font-size: 1.2rem; }
    .brand span { opacity: .8; font-size: .85rem; }
    nav { display: flex; gap: 1rem; flex: 1; }
    nav a { color: #fff; opacity: .85; text-decoration: none; padding: .3rem .5rem; border-radius: 4px; }
    nav a.active { opacity: 1; background: rgba(255, 255, 255, .15); }
    .lang { background: transparent; color: #fff; border: 1px solid rgba(255, 255, 255, .6);
      border-radius: 4px; padding: .25rem .7rem; cursor: pointer; }
    .denied { margin: 0; padding: .4rem 1rem; background: #fff1e5; border-bottom: 1px solid #d18616; font-size: .9rem; }
    main { flex: 1; min-height: 0; }
  `,
})
export class AppComponent {
  protected readonly i18n = inject(I18nService);
  protected readonly session = inject(SessionService);
  private readonly router = inject(Router);
  private readonly url = toSignal(
    this.router.events.pipe(
      filter((event) => event instanceof NavigationEnd),
      map(() => this.router.url),
    ),
    { initialValue: '' },
  );
  constructor() {
    // Roles may have changed since the session began: ask who we are (this also renews old tokens).
    if (this.session.signedIn()) void this.session.reloadPerson().catch(() => undefined);
  }

  protected readonly denied = computed(() => this.router.parseUrl(this.url()).queryParams['denied'] as string | undefined);
}
