import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { I18nService } from '../i18n/i18n.service';
import { SimulationClockService } from '../shared/simulation-clock.service';
import { dueStatus } from './due-status';

/** A due date with an "overdue" or "due soon" badge (judged on the engine's clock). */
@Component({
  selector: 'hito-due-badge',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <span class="date">{{ dueAt() ? i18n.date(dueAt()) : i18n.t('inbox.noDue') }}</span>
    @if (status() === 'overdue') {
      <span class="badge overdue" data-testid="badge-overdue">{{ i18n.t('inbox.overdue') }}</span>
    } @else if (status() === 'near') {
      <span class="badge near" data-testid="badge-near">{{ i18n.t('inbox.nearDue') }}</span>
    }
  `,
  styles: `
    :host { display: inline-flex; align-items: center; gap: .4rem; flex-wrap: wrap; }
    .badge { font-size: .72rem; font-weight: 600; border-radius: 10px; padding: .05rem .5rem; white-space: nowrap; }
    .overdue { background: #cf222e; color: #fff; }
    .near { background: #fff1c2; color: #7d4e00; border: 1px solid #d4a72c; }
  `,
})
export class DueBadgeComponent {
  protected readonly i18n = inject(I18nService);
  private readonly clock = inject(SimulationClockService);
  readonly dueAt = input<string | null>(null);
  protected readonly status = computed(() => {
    this.clock.state();
    return dueStatus(this.dueAt(), this.clock.now());
  });
}
