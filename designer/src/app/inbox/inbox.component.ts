import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { Task } from '../api/models';
import { UserTasksApi } from '../api/user-tasks.api';
import { SessionService } from '../auth/session.service';
import { I18nService } from '../i18n/i18n.service';
import { ProblemComponent } from '../shared/problem.component';
import { DueBadgeComponent } from './due-badge.component';
import { byDue } from './due-status';

/** The participant's open tasks (theirs, their institutions' and roles'), soonest due first. */
@Component({
  selector: 'hito-inbox',
  imports: [RouterLink, ProblemComponent, DueBadgeComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="page">
      <header>
        <h1>{{ i18n.t('inbox.title') }}</h1>
        @if (!loading() && !error()) {
          <span class="count" role="status">{{ i18n.t('inbox.count', { count: total() }) }}</span>
        }
        <button type="button" (click)="load()" [disabled]="loading()">{{ i18n.t('inbox.refresh') }}</button>
      </header>
      @if (loading()) {
        <p role="status">{{ i18n.t('common.loading') }}</p>
      } @else if (error()) {
        <hito-problem [error]="error()" />
      } @else if (tasks().length === 0) {
        <p class="empty" data-testid="inbox-empty">{{ i18n.t('inbox.empty') }}</p>
      } @else {
        <table data-testid="inbox-table">
          <thead>
            <tr>
              <th scope="col">{{ i18n.t('inbox.col.name') }}</th>
              <th scope="col">{{ i18n.t('inbox.col.process') }}</th>
              <th scope="col" [attr.aria-sort]="direction() === 1 ? 'ascending' : 'descending'">
                <button type="button" class="sort" (click)="reverse()"
                  [attr.aria-label]="i18n.t(direction() === 1 ? 'inbox.sort.asc' : 'inbox.sort.desc')">
                  {{ i18n.t('inbox.col.due') }} {{ direction() === 1 ? '▲' : '▼' }}
                </button>
              </th>
              <th scope="col">{{ i18n.t('inbox.col.priority') }}</th>
              <th scope="col">{{ i18n.t('inbox.col.assignee') }}</th>
            </tr>
          </thead>
          <tbody>
            @for (task of sorted(); track task.key) {
              <tr>
                <td><a [routerLink]="['/inbox', task.key]">{{ task.name || task.elementId }}</a></td>
                <td>{{ task.processName || task.bpmnProcessId }}@if (task.businessKey) {<small> · {{ task.businessKey }}</small>}</td>
                <td><hito-due-badge [dueAt]="task.dueAt" /></td>
                <td>{{ task.priority }}</td>
                <td>{{ assigneeText(task) }}</td>
              </tr>
            }
          </tbody>
        </table>
      }
    </section>
  `,
  styles: `
    :host { display: block; height: 100%; overflow: auto; }
    .page { max-width: 72rem; margin: 0 auto; padding: 1rem 1.5rem; }
    header { display: flex; align-items: baseline; gap: 1rem; }
    h1 { font-size: 1.4rem; margin: 0 0 .8rem; }
    .count { color: var(--hito-muted); flex: 1; }
    header button { border: 1px solid var(--hito-border); background: #fff; border-radius: 4px; padding: .25rem .7rem; cursor: pointer; }
    .empty { padding: 2rem; text-align: center; color: var(--hito-muted); border: 1px dashed var(--hito-border); border-radius: 8px; }
    table { width: 100%; border-collapse: collapse; font-size: .92rem; }
    th, td { text-align: left; padding: .5rem .6rem; border-bottom: 1px solid var(--hito-border); vertical-align: middle; }
    th { background: #f6f8fa; font-weight: 600; }
    .sort { font: inherit; font-weight: 600; background: none; border: none; padding: 0; cursor: pointer; }
    a { color: var(--hito-primary); font-weight: 600; }
    small { color: var(--hito-muted); }
  `,
})
export class InboxComponent {
  protected readonly i18n = inject(I18nService);
  private readonly api = inject(UserTasksApi);
  private readonly session = inject(SessionService);
  protected readonly tasks = signal<Task[]>([]);
  protected readonly total = signal(0);
  protected readonly loading = signal(true);
  protected readonly error = signal<unknown>(null);
  protected readonly direction = signal<1 | -1>(1);
  protected readonly sorted = computed(() => byDue(this.tasks(), this.direction()));

  constructor() {
    void this.load();
  }

  async load(): Promise<void> {
    this.loading.set(true);
    this.error.set(null);
    try {
      const page = await this.api.mine();
      this.tasks.set(page.items ?? []);
      this.total.set(page.total ?? page.items?.length ?? 0);
    } catch (error) {
      this.error.set(error);
    } finally {
      this.loading.set(false);
    }
  }

  reverse(): void {
    this.direction.update((d) => (d === 1 ? -1 : 1));
  }

  protected assigneeText(task: Task): string {
    if (!task.assignee) return this.i18n.t('inbox.unassigned');
    return task.assignee === this.session.person()?.id ? this.i18n.t('inbox.you') : task.assignee;
  }
}
