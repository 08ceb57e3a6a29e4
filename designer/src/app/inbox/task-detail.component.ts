import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked, viewChild } from '@angular/core';
import { RouterLink } from '@angular/router';
import { ApiError } from '../api/api-error';
import type { TaskDetail } from '../api/models';
import { UserTasksApi } from '../api/user-tasks.api';
import { SessionService } from '../auth/session.service';
import { I18nService, type Message, message } from '../i18n/i18n.service';
import { ProblemComponent } from '../shared/problem.component';
import { VariablesViewComponent } from '../shared/variables-view.component';
import { DueBadgeComponent } from './due-badge.component';
import { type FormResult, TaskFormComponent } from './task-form.component';

/** One task: its facts, claim/unclaim, and its form, completed with the form's data. */
@Component({
  selector: 'hito-task-detail',
  imports: [RouterLink, ProblemComponent, DueBadgeComponent, TaskFormComponent, VariablesViewComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './task-detail.component.html',
  styleUrl: './task-detail.component.css',
})
export class TaskDetailComponent {
  protected readonly i18n = inject(I18nService);
  private readonly api = inject(UserTasksApi);
  private readonly session = inject(SessionService);
  /** Route parameter. */
  readonly key = input.required<string>();
  protected readonly task = signal<TaskDetail | null>(null);
  protected readonly loading = signal(true);
  protected readonly busy = signal(false);
  protected readonly error = signal<unknown>(null);
  protected readonly notice = signal<Message | null>(null);
  protected readonly done = signal(false);
  protected readonly formInvalid = signal(false);
  private readonly form = viewChild(TaskFormComponent);

  protected readonly mine = computed(() => {
    const task = this.task();
    return !!task && !!task.assignee && task.assignee === this.session.person()?.id;
  });
  /** Open tasks can still be worked on; completed or canceled ones only read. */
  protected readonly open = computed(() => !['completed', 'canceled'].includes(this.task()?.state.toLowerCase() ?? ''));
  /** Unassigned tasks can be completed by any candidate; claimed ones only by their assignee. */
  protected readonly canWork = computed(() => !!this.task() && (!this.task()?.assignee || this.mine()));
  protected readonly candidates = computed(() => {
    const task = this.task();
    return task ? [...task.candidateInstitutions, ...task.candidateRoles, ...task.candidatePeople] : [];
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
      this.task.set(await this.api.get(this.key()));
    } catch (error) {
      this.error.set(error);
    } finally {
      this.loading.set(false);
    }
  }

  async claim(): Promise<void> {
    await this.run(() => this.api.claim(this.key()), 'task.claimed');
  }

  async unclaim(): Promise<void> {
    await this.run(() => this.api.unclaim(this.key()), 'task.unclaimed');
  }

  async complete(fromForm?: FormResult): Promise<void> {
    const result = fromForm ?? this.form()?.submit() ?? { data: {}, errors: {} };
    this.formInvalid.set(Object.keys(result.errors).length > 0);
    if (this.formInvalid()) return;
    const ok = await this.run(() => this.api.complete(this.key(), result.data), 'task.completed', false);
    if (ok) this.done.set(true);
  }

  private async run(action: () => Promise<unknown>, success: 'task.claimed' | 'task.unclaimed' | 'task.completed', reload = true): Promise<boolean> {
    this.busy.set(true);
    this.error.set(null);
    this.notice.set(null);
    try {
      await action();
      this.notice.set(message(success));
      if (reload) await this.load();
      return true;
    } catch (error) {
      const api = ApiError.from(error);
      this.error.set(api);
      // The task changed under us (completed or taken by someone else): show how it is now.
      if (api.status === 409) await this.load().then(() => this.error.set(api));
      return false;
    } finally {
      this.busy.set(false);
    }
  }
}
