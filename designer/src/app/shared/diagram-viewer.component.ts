import { ChangeDetectionStrategy, Component, type ElementRef, type OnDestroy, afterNextRender, effect, inject, input, output, signal, viewChild } from '@angular/core';
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import { I18nService } from '../i18n/i18n.service';

/** CSS classes per element id, e.g. `{ Task_1: ['hito-active'] }`. */
export type DiagramMarkers = Record<string, string[]>;

interface Canvas {
  addMarker(id: string, marker: string): void;
  removeMarker(id: string, marker: string): void;
  zoom(level: string): void;
}

/** A read-only, pannable BPMN diagram with markers (state colours) that follow an input. */
@Component({
  selector: 'hito-diagram-viewer',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div #canvas class="canvas" data-testid="diagram-viewer" tabindex="0" [attr.aria-label]="label()"></div>
    @if (failed()) {
      <p class="failed" role="alert">{{ i18n.t('diagram.unavailable') }} {{ failed() }}</p>
    }
  `,
  styles: `
    :host { display: block; position: relative; }
    .canvas { position: absolute; inset: 0; }
    .failed { position: absolute; top: .5rem; left: .5rem; right: .5rem; margin: 0; background: #ffebe9; padding: .4rem .6rem; border-radius: 4px; }
  `,
})
export class DiagramViewerComponent implements OnDestroy {
  protected readonly i18n = inject(I18nService);
  readonly xml = input<string | null>(null);
  readonly markers = input<DiagramMarkers>({});
  readonly label = input('');
  /** Emits the id of a clicked element. */
  readonly elementClick = output<string>();
  protected readonly failed = signal('');
  private readonly canvas = viewChild.required<ElementRef<HTMLDivElement>>('canvas');
  private readonly viewer = signal<NavigatedViewer | null>(null);
  private readonly imported = signal<string | null>(null);
  private applied: DiagramMarkers = {};

  constructor() {
    afterNextRender(() => {
      const viewer = new NavigatedViewer({ container: this.canvas().nativeElement });
      viewer.on('element.click', (event: { element: { id: string } }) => this.elementClick.emit(event.element.id));
      this.viewer.set(viewer);
    });
    effect(() => {
      const viewer = this.viewer();
      const xml = this.xml();
      if (viewer && xml && xml !== this.imported()) void this.import(viewer, xml);
    });
    effect(() => {
      const viewer = this.viewer();
      const markers = this.markers();
      if (viewer && this.imported()) this.apply(viewer, markers);
    });
  }

  ngOnDestroy(): void {
    this.viewer()?.destroy();
  }

  private async import(viewer: NavigatedViewer, xml: string): Promise<void> {
    try {
      this.applied = {};
      await viewer.importXML(xml);
      viewer.get<Canvas>('canvas').zoom('fit-viewport');
      this.failed.set('');
      this.imported.set(xml);
    } catch (error) {
      this.failed.set(error instanceof Error ? error.message : String(error));
    }
  }

  private apply(viewer: NavigatedViewer, markers: DiagramMarkers): void {
    const canvas = viewer.get<Canvas>('canvas');
    const registry = viewer.get<{ get(id: string): unknown }>('elementRegistry');
    for (const [id, classes] of Object.entries(this.applied)) {
      for (const marker of classes) if (registry.get(id)) canvas.removeMarker(id, marker);
    }
    for (const [id, classes] of Object.entries(markers)) {
      for (const marker of classes) if (registry.get(id)) canvas.addMarker(id, marker);
    }
    this.applied = markers;
  }
}
