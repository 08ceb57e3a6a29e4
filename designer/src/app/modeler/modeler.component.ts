import { ChangeDetectionStrategy, Component, type ElementRef, type OnDestroy, afterNextRender, effect, inject, signal, viewChild } from '@angular/core';
import { Router } from '@angular/router';
import type Modeler from 'bpmn-js/lib/Modeler';
import { ApiError, type ProblemItem } from '../api/api-error';
import { DefinitionsApi, deployedDefinitions } from '../api/definitions.api';
import type { DefinitionSummary } from '../api/models';
import { SessionService } from '../auth/session.service';
import { I18nService, type Message, message } from '../i18n/i18n.service';
import { ProblemComponent } from '../shared/problem.component';
import { createModeler, refreshLanguage } from './create-modeler';
import { DefinitionsDialogComponent } from './definitions-dialog.component';
import { DeployPanelComponent } from './deploy-panel.component';
import { DraftStore } from './draft-store';
import { EMPTY_DIAGRAM } from './empty-diagram';
import { ProblemMarkers } from './problem-markers';

/** The BPMN designer: modeler with Hito properties, open/download, deploy and open deployed. */
@Component({
  selector: 'hito-modeler',
  imports: [DeployPanelComponent, DefinitionsDialogComponent, ProblemComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '(document:keydown)': 'onKeydown($event)' },
  template: `
    <div class="toolbar" role="toolbar" [attr.aria-label]="i18n.t('modeler.toolbar')">
      <button type="button" (click)="newDiagram()">{{ i18n.t('modeler.new') }}</button>
      <label class="file">
        {{ i18n.t('modeler.open') }}
        <input type="file" accept=".bpmn,.xml" (change)="open($event)" />
      </label>
      <button type="button" (click)="definitions.open()">{{ i18n.t('modeler.openDeployed') }}</button>
      <button type="button" (click)="download()" [title]="i18n.t('modeler.download.title')">{{ i18n.t('modeler.download') }}</button>
      <button type="button" class="primary" (click)="deploy()" [disabled]="deploying()">
        {{ deploying() ? i18n.t('modeler.deploying') : i18n.t('modeler.deploy') }}
      </button>
      <span class="status" role="status" aria-live="polite" data-testid="modeler-status">{{ i18n.render(status()) }}</span>
    </div>
    <hito-problem class="error" [error]="error()" />
    <div class="body">
      <div class="work">
        <div #canvas class="canvas" data-testid="bpmn-canvas" [attr.aria-label]="i18n.t('modeler.canvas')"></div>
        <hito-deploy-panel [problems]="problems()" [deployed]="deployed()" (selectElement)="selectProblem($event)" (dismiss)="dismissPanel()" />
      </div>
      <aside #panel class="properties" data-testid="properties-panel" [attr.aria-label]="i18n.t('modeler.properties')"></aside>
    </div>
    <hito-definitions-dialog #definitions (chosen)="openDeployed($event)" />
  `,
  styles: `
    :host { display: flex; flex-direction: column; height: 100%; }
    .toolbar { display: flex; gap: .5rem; align-items: center; padding: .5rem 1rem;
      border-bottom: 1px solid var(--hito-border); flex: none; }
    .toolbar button, .file { border: 1px solid var(--hito-border); background: #fff; border-radius: 4px;
      padding: .3rem .8rem; cursor: pointer; font-size: .9rem; }
    .toolbar .primary { background: var(--hito-primary); color: #fff; border-color: var(--hito-primary); }
    .toolbar button:disabled { opacity: .6; cursor: default; }
    .file input { position: absolute; width: 1px; height: 1px; opacity: 0; }
    .file:focus-within { outline: 2px solid var(--hito-primary); }
    .status { color: var(--hito-muted); font-size: .85rem; margin-left: auto; }
    .error { display: block; margin: .4rem 1rem 0; }
    .body { flex: 1; min-height: 0; display: flex; }
    .work { flex: 1; min-width: 0; display: flex; flex-direction: column; }
    .canvas { flex: 1; min-height: 0; }
    .properties { width: 320px; flex: none; border-left: 1px solid var(--hito-border); overflow: auto; }
  `,
})
export class ModelerComponent implements OnDestroy {
  protected readonly i18n = inject(I18nService);
  private readonly session = inject(SessionService);
  private readonly router = inject(Router);
  private readonly api = inject(DefinitionsApi);
  private readonly drafts = new DraftStore();
  protected readonly status = signal<Message | null>(null);
  protected readonly error = signal<unknown>(null);
  protected readonly deploying = signal(false);
  protected readonly problems = signal<ProblemItem[]>([]);
  protected readonly deployed = signal<DefinitionSummary[]>([]);
  private readonly canvas = viewChild.required<ElementRef<HTMLDivElement>>('canvas');
  private readonly panel = viewChild.required<ElementRef<HTMLElement>>('panel');
  private modeler?: Modeler;
  private markers?: ProblemMarkers;
  private fileName = 'proceso.bpmn';

  constructor() {
    afterNextRender(() => {
      this.modeler = createModeler(this.canvas().nativeElement, this.panel().nativeElement, (key) => this.i18n.t(key), () => this.i18n.language());
      this.markers = new ProblemMarkers(this.modeler);
      this.modeler.on('commandStack.changed', () => void this.saveDraft());
      const draft = this.drafts.load();
      if (draft) void this.importXml(draft.xml, draft.name, true);
      else void this.newDiagram();
    });
    // The palette, the panel and the Hito group follow the interface language.
    effect(() => {
      this.i18n.language();
      if (this.modeler) refreshLanguage(this.modeler);
    });
  }

  async newDiagram(): Promise<void> {
    if (await this.importXml(EMPTY_DIAGRAM, 'proceso.bpmn', false)) {
      this.drafts.clear();
      this.status.set(message('modeler.ready'));
    }
  }

  async open(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const warnings = await this.importXml(await file.text(), file.name, true);
    if (warnings) {
      this.status.set(opened(file.name, warnings));
      await this.saveDraft();
    }
    input.value = '';
  }

  async openDeployed(definition: DefinitionSummary): Promise<void> {
    this.error.set(null);
    try {
      const xml = await this.api.xml(definition.key);
      const name = definition.resourceName ?? `${definition.bpmnProcessId}.bpmn`;
      const warnings = await this.importXml(xml, name, true);
      if (warnings) {
        this.status.set(opened(`${definition.bpmnProcessId} v${definition.version}`, warnings));
        await this.saveDraft();
      }
    } catch (error) {
      this.error.set(error);
    }
  }

  async download(): Promise<void> {
    const xml = await this.xml();
    if (xml === undefined) return;
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([xml], { type: 'application/xml' }));
    link.download = this.fileName;
    link.click();
    URL.revokeObjectURL(link.href);
    this.status.set(message('modeler.saved', { name: this.fileName }));
  }

  async deploy(): Promise<void> {
    this.error.set(null);
    if (!this.session.signedIn()) {
      await this.saveDraft();
      this.status.set(message('modeler.deploy.signIn'));
      await this.router.navigate(['/login'], { queryParams: { returnUrl: '/designer' } });
      return;
    }
    if (!this.session.hasRole('process-owner')) {
      this.status.set(message('modeler.deploy.forbidden'));
      return;
    }
    const xml = await this.xml();
    if (xml === undefined) return;
    this.deploying.set(true);
    this.dismissPanel();
    try {
      const result = await this.api.deploy([{ name: this.fileName, content: xml }]);
      this.deployed.set(deployedDefinitions(result));
      this.status.set(message('modeler.deployed'));
    } catch (error) {
      const api = ApiError.from(error);
      if (api.status === 422 && api.errors.length) {
        this.problems.set(api.errors);
        this.markers?.show(api.errors);
        this.status.set(null);
      } else {
        this.error.set(api);
      }
    } finally {
      this.deploying.set(false);
    }
  }

  selectProblem(elementId: string | undefined): void {
    if (this.markers?.select(elementId)) this.canvas().nativeElement.querySelector<HTMLElement>('.djs-container')?.focus();
  }

  dismissPanel(): void {
    this.problems.set([]);
    this.deployed.set([]);
    this.markers?.clear();
  }

  onKeydown(event: KeyboardEvent): void {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
      event.preventDefault();
      void this.download();
    }
  }

  ngOnDestroy(): void {
    this.modeler?.destroy();
  }

  private async xml(): Promise<string | undefined> {
    if (!this.modeler) return undefined;
    const { xml } = await this.modeler.saveXML({ format: true });
    return xml;
  }

  private async saveDraft(): Promise<void> {
    const xml = await this.xml();
    if (xml !== undefined) this.drafts.save({ xml, name: this.fileName });
  }

  /** Imports a diagram; the import warnings (none is an empty list), or false when it failed. */
  private async importXml(xml: string, name: string, fit: boolean): Promise<string[] | false> {
    if (!this.modeler) return false;
    try {
      this.dismissPanel();
      const { warnings } = await this.modeler.importXML(xml);
      this.fileName = name;
      if (fit) this.modeler.get<{ zoom(level: string): void }>('canvas').zoom('fit-viewport');
      return warnings.map((warning) => (warning as { message?: string }).message ?? String(warning));
    } catch (error) {
      this.status.set(message('modeler.error', { message: error instanceof Error ? error.message : String(error) }));
      return false;
    }
  }
}

/** The status after opening a diagram: its name, and its import warnings when there are any. */
function opened(name: string, warnings: string[]): Message {
  return warnings.length === 0
    ? message('modeler.opened', { name })
    : message('modeler.openedWithWarnings', { name, count: String(warnings.length), first: warnings[0] });
}
