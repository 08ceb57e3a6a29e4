import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { InstancesApi } from '../api/instances.api';
import type { Verdict } from '../api/models';
import { I18nService } from '../i18n/i18n.service';
import { ProblemComponent } from '../shared/problem.component';

/** "Verify integrity": checks the instance's hash chain on the server and states the verdict plainly. */
@Component({
  selector: 'hito-verify-panel',
  imports: [ProblemComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <button type="button" (click)="verify()" [disabled]="busy()">
      {{ busy() ? i18n.t('audit.verifying') : i18n.t('audit.verify') }}
    </button>
    @if (verdict(); as v) {
      <p class="verdict" [class.valid]="v.valid" [class.invalid]="!v.valid" role="status" data-testid="verdict">
        @if (v.valid) {
          ✔ {{ i18n.t('audit.valid', { records: v.records }) }}
        } @else {
          ✖ {{ i18n.t('audit.invalid', { position: v.brokenAt ?? '?' }) }}
          @if (v.reason) { <span class="reason">{{ v.reason }}</span> }
          @if (v.brokenAt) {
            <button type="button" class="jump" (click)="goTo.emit(v.brokenAt)">{{ i18n.t('audit.goToBroken') }}</button>
          }
        }
      </p>
    }
    <hito-problem [error]="error()" />
  `,
  styles: `
    :host { display: flex; flex-direction: column; gap: .4rem; }
    button { align-self: flex-start; border: 1px solid var(--hito-primary); color: var(--hito-primary); background: #fff;
      border-radius: 4px; padding: .3rem .8rem; cursor: pointer; font-weight: 600; }
    .verdict { margin: 0; padding: .5rem .7rem; border-radius: 6px; font-weight: 600; }
    .valid { background: #dafbe1; color: #116329; border: 1px solid #1a7f37; }
    .invalid { background: #ffebe9; color: #82071e; border: 2px solid #cf222e; }
    .reason { display: block; font-weight: normal; }
    .jump { margin-top: .3rem; font-weight: normal; }
  `,
})
export class VerifyPanelComponent {
  protected readonly i18n = inject(I18nService);
  private readonly api = inject(InstancesApi);
  readonly instanceKey = input.required<string>();
  /** The sequence number of the first broken record, when the auditor asks to see it. */
  readonly goTo = output<number>();
  protected readonly verdict = signal<Verdict | null>(null);
  protected readonly busy = signal(false);
  protected readonly error = signal<unknown>(null);

  async verify(): Promise<void> {
    this.busy.set(true);
    this.error.set(null);
    this.verdict.set(null);
    try {
      this.verdict.set(await this.api.verify(this.instanceKey()));
    } catch (error) {
      this.error.set(error);
    } finally {
      this.busy.set(false);
    }
  }
}
