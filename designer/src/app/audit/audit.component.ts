import { ChangeDetectionStrategy, Component, type ElementRef, computed, effect, inject, input, signal, untracked, viewChild } from '@angular/core';
import { RouterLink } from '@angular/router';
import { DefinitionsApi } from '../api/definitions.api';
import { InstancesApi } from '../api/instances.api';
import type { HistoryRecord } from '../api/models';
import { I18nService } from '../i18n/i18n.service';
import { DiagramViewerComponent } from '../shared/diagram-viewer.component';
import { ProblemComponent } from '../shared/problem.component';
import { RecordPanelComponent } from './record-panel.component';
import { replay, replayMarkers } from './replay';
import { VerifyPanelComponent } from './verify-panel.component';

/** Step-by-step replay of an instance's history on its diagram, with integrity verification. */
@Component({
  selector: 'hito-audit',
  imports: [RouterLink, DiagramViewerComponent, ProblemComponent, RecordPanelComponent, VerifyPanelComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '(document:keydown)': 'onKeydown($event)' },
  templateUrl: './audit.component.html',
  styleUrl: './audit.component.css',
})
export class AuditComponent {
  protected readonly i18n = inject(I18nService);
  private readonly instances = inject(InstancesApi);
  private readonly definitions = inject(DefinitionsApi);
  /** Route parameter. */
  readonly key = input.required<string>();
  protected readonly records = signal<HistoryRecord[]>([]);
  protected readonly step = signal(0);
  protected readonly xml = signal<string | null>(null);
  protected readonly loading = signal(true);
  protected readonly error = signal<unknown>(null);
  protected readonly diagramError = signal<unknown>(null);
  private readonly list = viewChild<ElementRef<HTMLOListElement>>('list');

  protected readonly last = computed(() => Math.max(this.records().length - 1, 0));
  protected readonly current = computed(() => this.records()[this.step()] ?? null);
  protected readonly markers = computed(() => replayMarkers(replay(this.records(), this.step())));

  constructor() {
    effect(() => {
      this.key();
      untracked(() => void this.load());
    });
    // Keep the current record in view in the list.
    effect(() => {
      const index = this.step();
      this.list()?.nativeElement.children.item(index)?.scrollIntoView({ block: 'nearest' });
    });
  }

  async load(): Promise<void> {
    this.loading.set(true);
    this.error.set(null);
    try {
      const { records } = await this.instances.history(this.key());
      const sorted = [...(records ?? [])].sort((a, b) => a.position - b.position);
      this.records.set(sorted);
      this.step.set(0);
      void this.loadDiagram();
    } catch (error) {
      this.error.set(error);
    } finally {
      this.loading.set(false);
    }
  }

  go(step: number): void {
    this.step.set(Math.min(Math.max(step, 0), this.last()));
  }

  /** A click on the diagram moves to the element's next record after the current step (wrapping around). */
  nextRecordOf(elementId: string): void {
    const records = this.records();
    const after = records.findIndex((record, index) => index > this.step() && record.elementId === elementId);
    const index = after >= 0 ? after : records.findIndex((record) => record.elementId === elementId);
    if (index >= 0) this.go(index);
  }

  /** Moves to the record with this chain sequence number (as the verdict names it). */
  goToSequence(sequence: number): void {
    const index = this.records().findIndex((record) => record.sequence === sequence);
    if (index >= 0) this.go(index);
  }

  protected onSlider(event: Event): void {
    this.go(Number((event.target as HTMLInputElement).value));
  }

  onKeydown(event: KeyboardEvent): void {
    const target = event.target as HTMLElement | null;
    if (target?.closest('input, select, textarea, [contenteditable="true"]')) return;
    const moves: Record<string, () => number> = {
      ArrowLeft: () => this.step() - 1,
      ArrowRight: () => this.step() + 1,
      Home: () => 0,
      End: () => this.last(),
    };
    const move = moves[event.key];
    if (!move || !this.records().length) return;
    event.preventDefault();
    this.go(move());
  }

  private async loadDiagram(): Promise<void> {
    this.diagramError.set(null);
    try {
      const instance = await this.instances.get(this.key());
      this.xml.set(await this.definitions.xml(instance.definitionKey));
    } catch (error) {
      this.diagramError.set(error);
    }
  }
}
