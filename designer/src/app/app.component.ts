import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { I18nService } from './i18n/i18n.service';

@Component({
  selector: 'hito-root',
  imports: [RouterOutlet, RouterLink, RouterLinkActive],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <header class="bar">
      <a class="brand" routerLink="/">
        <strong>{{ i18n.t('app.title') }}</strong>
        <span>{{ i18n.t('app.tagline') }}</span>
      </a>
      <nav>
        <a routerLink="/designer" routerLinkActive="active">{{ i18n.t('nav.designer') }}</a>
      </nav>
      <button type="button" class="lang" (click)="i18n.toggle()" [attr.aria-label]="i18n.t('lang.switch.label')">
        {{ i18n.t('lang.switch') }}
      </button>
    </header>
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
    main { flex: 1; min-height: 0; }
  `,
})
export class AppComponent {
  protected readonly i18n = inject(I18nService);
}
