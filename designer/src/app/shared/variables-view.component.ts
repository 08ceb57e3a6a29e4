import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

/** Process variables as a definition list; structured values are shown as indented JSON. */
@Component({
  selector: 'hito-variables',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (entries().length) {
      <dl>
        @for (entry of entries(); track entry.name) {
          <dt>{{ entry.name }}</dt>
          <dd><pre>{{ entry.text }}</pre></dd>
        }
      </dl>
    } @else {
      <p class="empty">{{ emptyText() }}</p>
    }
  `,
  styles: `
    dl { margin: 0; display: grid; grid-template-columns: minmax(6rem, max-content) 1fr; gap: .2rem .8rem; font-size: .85rem; }
    dt { font-weight: 600; overflow-wrap: anywhere; }
    dd { margin: 0; min-width: 0; }
    pre { margin: 0; white-space: pre-wrap; overflow-wrap: anywhere; font-size: .8rem; }
    .empty { color: var(--hito-muted); margin: 0; font-size: .85rem; }
  `,
})
export class VariablesViewComponent {
  readonly variables = input<Record<string, unknown> | null | undefined>({});
  readonly emptyText = input('');

  protected readonly entries = computed(() =>
    Object.entries(this.variables() ?? {}).map(([name, value]) => ({
      name,
      text: typeof value === 'string' ? value : JSON.stringify(value, null, 2),
    })),
  );
}
