import { ChangeDetectionStrategy, Component, type ElementRef, inject, output, signal, viewChild } from '@angular/core';
import { DefinitionsApi } from '../api/definitions.api';
import type { DefinitionSummary } from '../api/models';
import { I18nService } from '../i18n/i18n.service';
import { ProblemComponent } from '../shared/problem.component';

/** A modal list of the deployed definitions (`GET /api/definitions`); choosing one opens it. */
@Component({
  selector: 'hito-definitions-dialog',
  imports: [ProblemComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <dialog #dialog aria-labelledby="definitions-title" data-testid="definitions-dialog">
      <header>
        <h2 id="definitions-title">{{ i18n.t('modeler.definitions.title') }}</h2>
        <button type="button" (click)="close()" [attr.aria-label]="i18n.t('common.close')">×</button>
      </header>
      @if (loading()) {
        <p role="status">{{ i18n.t('common.loading') }}</p>
      } @else if (error()) {
        <hito-problem [error]="error()" />
      } @else if (definitions().length === 0) {
        <p>{{ i18n.t('modeler.definitions.empty') }}</p>
      } @else {
        <ul>
          @for (d of definitions(); track d.key) {
            <li>
              <button type="button" (click)="choose(d)"
                [attr.aria-label]="i18n.t('modeler.definitions.open', { id: d.name || d.bpmnProcessId, version: d.version })">
                <strong>{{ d.name || d.bpmnProcessId }}</strong>
                <span>{{ d.bpmnProcessId }} · {{ i18n.t('modeler.definitions.version', { version: d.version }) }}</span>
                <small>{{ i18n.date(d.deployedAt) }}</small>
              </button>
            </li>
          }
        </ul>
      }
    </dialog>
  `,
  styles: `
    dialog { width: min(40rem, 90vw); max-height: 70vh; border: 1px solid var(--hito-border); border-radius: 8px; padding: 1rem 1.25rem; }
    dialog::backdrop { background: rgba(0, 0, 0, .3); }
    header { display: flex; justify-content: space-between; align-items: center; }
    header button { border: none; background: none; font-size: 1.3rem; cursor: pointer; }
    h2 { margin: 0; font-size: 1.15rem; }
    ul { list-style: none; padding: 0; margin: .5rem 0 0; }
    li button { width: 100%; display: grid; grid-template-columns: 1fr auto auto; gap: 1rem; text-align: left;
      background: none; border: none; border-bottom: 1px solid var(--hito-border); padding: .5rem .25rem; cursor: pointer; }
    li button:hover { background: #f6f8fa; }
    span, small { color: var(--hito-muted); }
  `,
})
export class DefinitionsDialogComponent {
  protected readonly i18n = inject(I18nService);
  private readonly api = inject(DefinitionsApi);
  private readonly dialog = viewChild.required<ElementRef<HTMLDialogElement>>('dialog');
  protected readonly definitions = signal<DefinitionSummary[]>([]);
  protected readonly loading = signal(false);
  protected readonly error = signal<unknown>(null);
  readonly chosen = output<DefinitionSummary>();

  async open(): Promise<void> {
    this.dialog().nativeElement.showModal();
    this.loading.set(true);
    this.error.set(null);
    try {
      this.definitions.set(await this.api.list());
    } catch (error) {
      this.error.set(error);
    } finally {
      this.loading.set(false);
    }
  }

  close(): void {
    this.dialog().nativeElement.close();
  }

  protected choose(definition: DefinitionSummary): void {
    this.close();
    this.chosen.emit(definition);
  }
}
