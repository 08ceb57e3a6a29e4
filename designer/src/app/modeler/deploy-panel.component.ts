import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import type { ProblemItem } from '../api/api-error';
import type { DefinitionSummary } from '../api/models';
import { I18nService } from '../i18n/i18n.service';

/** Under the canvas: the problems of a rejected deployment (click selects), or the versions deployed. */
@Component({
  selector: 'hito-deploy-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (problems().length) {
      <section class="panel problems" data-testid="deploy-problems" aria-labelledby="deploy-problems-title">
        <header>
          <h2 id="deploy-problems-title">{{ i18n.t('modeler.problems.title', { count: problems().length }) }}</h2>
          <span class="hint">{{ i18n.t('modeler.problems.hint') }}</span>
          <button type="button" class="close" (click)="dismiss.emit()" [attr.aria-label]="i18n.t('common.close')">×</button>
        </header>
        <ul>
          @for (problem of problems(); track $index) {
            <li>
              <button type="button" (click)="selectElement.emit(problem.elementId)">
                <code>{{ problem.elementId || i18n.t('modeler.problems.process') }}</code>
                <span class="message">{{ problem.message || problem.detail }}</span>
                <small>
                  @if (problem.rule) { {{ problem.rule }} }
                  @if (problem.line) { · {{ i18n.t('modeler.problems.line', { line: problem.line }) }} }
                  @if (problem.resource) { · {{ problem.resource }} }
                </small>
              </button>
            </li>
          }
        </ul>
      </section>
    } @else if (deployed().length) {
      <section class="panel deployed" role="status" data-testid="deploy-result" aria-labelledby="deploy-result-title">
        <header>
          <h2 id="deploy-result-title">{{ i18n.t('modeler.deployed.title') }}</h2>
          <button type="button" class="close" (click)="dismiss.emit()" [attr.aria-label]="i18n.t('common.close')">×</button>
        </header>
        <ul>
          @for (d of deployed(); track d.key) {
            <li>{{ i18n.t('modeler.deployed.item', { id: d.name || d.bpmnProcessId, version: d.version }) }}</li>
          }
        </ul>
      </section>
    }
  `,
  styles: `
    .panel { border-top: 2px solid; max-height: 30vh; overflow: auto; padding: .3rem 1rem .6rem; font-size: .9rem; }
    .problems { border-color: #cf222e; background: #fff8f8; }
    .deployed { border-color: #1a7f37; background: #f0fff4; }
    header { display: flex; align-items: baseline; gap: 1rem; }
    h2 { font-size: 1rem; margin: .3rem 0; }
    .hint { color: var(--hito-muted); font-size: .8rem; flex: 1; }
    .close { margin-left: auto; border: none; background: transparent; font-size: 1.2rem; cursor: pointer; }
    ul { list-style: none; margin: 0; padding: 0; }
    .problems li button { display: grid; grid-template-columns: minmax(8rem, auto) 1fr auto; gap: .8rem; width: 100%;
      text-align: left; background: none; border: none; border-bottom: 1px solid #f0d0d0; padding: .3rem .2rem; cursor: pointer; }
    .problems li button:hover { background: #ffebe9; }
    code { color: #82071e; }
    small { color: var(--hito-muted); }
  `,
})
export class DeployPanelComponent {
  protected readonly i18n = inject(I18nService);
  readonly problems = input<ProblemItem[]>([]);
  readonly deployed = input<DefinitionSummary[]>([]);
  readonly selectElement = output<string | undefined>();
  readonly dismiss = output<void>();
}
