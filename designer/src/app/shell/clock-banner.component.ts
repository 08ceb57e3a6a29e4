import { ChangeDetectionStrategy, Component, effect, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { SessionService } from '../auth/session.service';
import { I18nService } from '../i18n/i18n.service';
import { ProblemComponent } from '../shared/problem.component';
import { SimulationClockService } from '../shared/simulation-clock.service';

const STEPS = ['PT1H', 'P1D', 'P7D', 'P1M'] as const;

/** A banner shown only in simulation mode (`GET /api/clock` answers 200), with an advance control. */
@Component({
  selector: 'hito-clock-banner',
  imports: [FormsModule, ProblemComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (clock.state(); as c) {
      <div class="banner" role="region" data-testid="clock-banner" [attr.aria-label]="i18n.t('clock.banner', { now: '' })">
        <span aria-live="polite">{{ i18n.t('clock.banner', { now: i18n.date(c.now) }) }}</span>
        @if (session.hasRole('process-owner')) {
          <select [(ngModel)]="step" [attr.aria-label]="i18n.t('clock.amount')">
            @for (s of steps; track s) {
              <option [value]="s">{{ i18n.t($any('clock.' + s)) }}</option>
            }
          </select>
          <button type="button" (click)="advance()" [disabled]="busy()">{{ i18n.t('clock.advance') }}</button>
        }
        <hito-problem [error]="error()" />
      </div>
    }
  `,
  styles: `
    .banner { display: flex; align-items: center; gap: .6rem; padding: .3rem 1rem; background: #fff8c5;
      border-bottom: 1px solid #d4a72c; font-size: .9rem; }
    select, button { font: inherit; padding: .1rem .4rem; }
  `,
})
export class ClockBannerComponent {
  protected readonly i18n = inject(I18nService);
  protected readonly clock = inject(SimulationClockService);
  protected readonly session = inject(SessionService);
  protected readonly steps = STEPS;
  protected readonly busy = signal(false);
  protected readonly error = signal<unknown>(null);
  protected step: string = 'P1D';

  constructor() {
    // Ask again whenever the person signs in or out: the route may need a session.
    effect(() => {
      this.session.person();
      void this.clock.load();
    });
  }

  async advance(): Promise<void> {
    this.busy.set(true);
    this.error.set(null);
    try {
      await this.clock.advance(this.step);
    } catch (error) {
      this.error.set(error);
    } finally {
      this.busy.set(false);
    }
  }
}
