import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { InstancesApi, type InstanceFilter } from '../api/instances.api';
import type { InstanceSummary } from '../api/models';
import { I18nService } from '../i18n/i18n.service';
import { ProblemComponent } from '../shared/problem.component';

const STATES = ['active', 'suspended', 'completed', 'terminated'] as const;

/** Process instances, filtered by process, state and business key. */
@Component({
  selector: 'hito-instances',
  imports: [FormsModule, RouterLink, ProblemComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './instances.component.html',
  styleUrl: './instances.component.css',
})
export class InstancesComponent {
  protected readonly i18n = inject(I18nService);
  private readonly api = inject(InstancesApi);
  protected readonly states = STATES;
  protected readonly filter: InstanceFilter = { bpmnProcessId: '', state: '', businessKey: '' };
  protected readonly instances = signal<InstanceSummary[]>([]);
  protected readonly total = signal(0);
  protected readonly loading = signal(true);
  protected readonly error = signal<unknown>(null);

  constructor() {
    void this.load();
  }

  async load(): Promise<void> {
    this.loading.set(true);
    this.error.set(null);
    try {
      const page = await this.api.list({
        bpmnProcessId: this.filter.bpmnProcessId?.trim(),
        state: this.filter.state,
        businessKey: this.filter.businessKey?.trim(),
      });
      this.instances.set(page.items ?? []);
      this.total.set(page.total ?? page.items?.length ?? 0);
    } catch (error) {
      this.error.set(error);
    } finally {
      this.loading.set(false);
    }
  }

  protected stateText(state: string): string {
    return this.i18n.maybe(`state.${state.toLowerCase()}`, state);
  }
}
