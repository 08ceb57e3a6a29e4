import { ChangeDetectionStrategy, Component, type ElementRef, inject, type OnDestroy, afterNextRender, signal, viewChild } from '@angular/core';
import Modeler from 'bpmn-js/lib/Modeler';
import { I18nService } from '../i18n/i18n.service';
import { EMPTY_DIAGRAM } from './empty-diagram';

/** The BPMN designer: a bpmn-js modeler with open, new and download. */
@Component({
  selector: 'hito-modeler',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="toolbar" role="toolbar">
      <button type="button" (click)="newDiagram()">{{ i18n.t('modeler.new') }}</button>
      <label class="file">
        {{ i18n.t('modeler.open') }}
        <input type="file" accept=".bpmn,.xml" (change)="open($event)" />
      </label>
      <button type="button" (click)="download()">{{ i18n.t('modeler.download') }}</button>
      <span class="status" role="status" aria-live="polite">{{ status() }}</span>
    </div>
    <div #canvas class="canvas" data-testid="bpmn-canvas" [attr.aria-label]="i18n.t('modeler.canvas')"></div>
  `,
  styles: `
    :host { display: flex; flex-direction: column; height: 100%; }
    .toolbar { display: flex; gap: .5rem; align-items: center; padding: .5rem 1rem;
      border-bottom: 1px solid var(--hito-border); flex: none; }
    .toolbar button, .file { border: 1px solid var(--hito-border); background: #fff; border-radius: 4px;
      padding: .3rem .8rem; cursor: pointer; font-size: .9rem; }
    .file input { position: absolute; width: 1px; height: 1px; opacity: 0; }
    .file:focus-within { outline: 2px solid var(--hito-primary); }
    .status { color: var(--hito-muted); font-size: .85rem; margin-left: auto; }
    .canvas { flex: 1; min-height: 0; }
  `,
})
export class ModelerComponent implements OnDestroy {
  protected readonly i18n = inject(I18nService);
  protected readonly status = signal('');
  private readonly canvas = viewChild.required<ElementRef<HTMLDivElement>>('canvas');
  private modeler?: Modeler;
  private fileName = 'proceso.bpmn';

  constructor() {
    afterNextRender(() => {
      this.modeler = new Modeler({ container: this.canvas().nativeElement, keyboard: { bindTo: document } });
      void this.newDiagram();
    });
  }

  async newDiagram(): Promise<void> {
    await this.importXml(EMPTY_DIAGRAM, 'proceso.bpmn', false);
    this.status.set(this.i18n.t('modeler.ready'));
  }

  async open(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    if (await this.importXml(await file.text(), file.name, true)) {
      this.status.set(this.i18n.t('modeler.opened', { name: file.name }));
    }
    input.value = '';
  }

  async download(): Promise<void> {
    if (!this.modeler) return;
    const { xml } = await this.modeler.saveXML({ format: true });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([xml ?? ''], { type: 'application/xml' }));
    link.download = this.fileName;
    link.click();
    URL.revokeObjectURL(link.href);
  }

  ngOnDestroy(): void {
    this.modeler?.destroy();
  }

  private async importXml(xml: string, name: string, fit: boolean): Promise<boolean> {
    if (!this.modeler) return false;
    try {
      await this.modeler.importXML(xml);
      this.fileName = name;
      if (fit) (this.modeler.get('canvas') as { zoom(level: string): void }).zoom('fit-viewport');
      return true;
    } catch (error) {
      this.status.set(this.i18n.t('modeler.error', { message: error instanceof Error ? error.message : String(error) }));
      return false;
    }
  }
}
