import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { ApiError } from '../api/api-error';
import { I18nService } from '../i18n/i18n.service';

/** Shows a failed API call: what went wrong in the reader's language, and the server's own words. */
@Component({
  selector: 'hito-problem',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (view(); as v) {
      <div class="problem" role="alert" data-testid="problem">
        <strong>{{ v.summary }}</strong>
        @if (v.detail) {
          <span class="detail">{{ v.detail }}</span>
        }
        @if (v.items.length) {
          <ul>
            @for (item of v.items; track $index) {
              <li>{{ item }}</li>
            }
          </ul>
        }
      </div>
    }
  `,
  styles: `
    .problem { border: 1px solid #cf222e; background: #ffebe9; color: #82071e; border-radius: 6px;
      padding: .6rem .8rem; display: flex; flex-direction: column; gap: .25rem; font-size: .9rem; }
    .detail { color: #1f2328; }
    ul { margin: .2rem 0 0; padding-left: 1.2rem; }
  `,
})
export class ProblemComponent {
  private readonly i18n = inject(I18nService);
  readonly error = input<unknown>(null);

  protected readonly view = computed(() => {
    const error = this.error();
    if (!error) return null;
    const api = ApiError.from(error);
    const summary = this.i18n.t(`error.${api.kind}`, { endpoint: api.endpoint });
    const detail = api.kind === 'missing-endpoint' || api.detail === summary ? '' : api.detail;
    const items = api.errors.map((e) => [e.field ?? e.elementId, e.detail ?? e.message].filter(Boolean).join(': '));
    return { summary, detail, items };
  });
}
