import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { RouterLink } from '@angular/router';
import { DefinitionsApi } from '../api/definitions.api';
import { type InstanceCommand, InstancesApi } from '../api/instances.api';
import type { InstanceDetail } from '../api/models';
import { SessionService } from '../auth/session.service';
import { I18nService, type Message, message } from '../i18n/i18n.service';
import { type DiagramMarkers, DiagramViewerComponent } from '../shared/diagram-viewer.component';
import { ProblemComponent } from '../shared/problem.component';
import { VariablesViewComponent } from '../shared/variables-view.component';

/** One instance on its diagram: active elements and incidents marked, its data, and its commands. */
@Component({
  selector: 'hito-instance-detail',
  imports: [RouterLink, DiagramViewerComponent, ProblemComponent, VariablesViewComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './instance-detail.component.html',
  styleUrl: './instance-detail.component.css',
})
export class InstanceDetailComponent {
  protected readonly i18n = inject(I18nService);
  protected readonly session = inject(SessionService);
  private readonly instances = inject(InstancesApi);
  private readonly definitions = inject(DefinitionsApi);
  /** Route parameter. */
  readonly key = input.required<string>();
  protected readonly instance = signal<InstanceDetail | null>(null);
  protected readonly xml = signal<string | null>(null);
  protected readonly loading = signal(true);
  protected readonly busy = signal(false);
  protected readonly error = signal<unknown>(null);
  protected readonly diagramError = signal<unknown>(null);
  protected readonly notice = signal<Message | null>(null);

  protected readonly state = computed(() => this.instance()?.state.toLowerCase() ?? '');
  protected readonly markers = computed<DiagramMarkers>(() => {
    const markers: DiagramMarkers = {};
    const add = (id: string | undefined, marker: string) => {
      if (id) (markers[id] ??= []).includes(marker) || markers[id].push(marker);
    };
    for (const element of this.instance()?.activeElements ?? []) add(element.elementId, 'hito-active');
    for (const incident of this.instance()?.incidents ?? []) {
      if (incident.state !== 'resolved') add(incident.elementId ?? undefined, 'hito-incident');
    }
    return markers;
  });

  constructor() {
    effect(() => {
      this.key();
      untracked(() => void this.load());
    });
  }

  async load(): Promise<void> {
    this.loading.set(true);
    this.error.set(null);
    try {
      const instance = await this.instances.get(this.key());
      this.instance.set(instance);
      await this.loadDiagram(instance.definitionKey);
    } catch (error) {
      this.error.set(error);
    } finally {
      this.loading.set(false);
    }
  }

  async command(command: InstanceCommand): Promise<void> {
    if (command === 'cancel' && !confirm(this.i18n.t('instance.confirmCancel', { key: this.key() }))) return;
    this.busy.set(true);
    this.error.set(null);
    this.notice.set(null);
    try {
      await this.instances.command(this.key(), command);
      this.notice.set(message(`instance.done.${command}`));
      await this.load();
    } catch (error) {
      this.error.set(error);
    } finally {
      this.busy.set(false);
    }
  }

  private async loadDiagram(definitionKey: string): Promise<void> {
    if (this.xml()) return;
    this.diagramError.set(null);
    try {
      this.xml.set(await this.definitions.xml(definitionKey));
    } catch (error) {
      this.diagramError.set(error);
    }
  }
}
