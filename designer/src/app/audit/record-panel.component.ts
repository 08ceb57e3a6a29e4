import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { HistoryRecord } from '../api/models';
import { I18nService } from '../i18n/i18n.service';
import { VariablesViewComponent } from '../shared/variables-view.component';

/** Who did what, when, and with which data, for one history record. */
@Component({
  selector: 'hito-record-panel',
  imports: [VariablesViewComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (record(); as r) {
      <dl data-testid="audit-record">
        <dt>{{ i18n.t('audit.sequence') }}</dt>
        <dd>{{ r.sequence ?? i18n.t('common.none') }} <small>({{ i18n.t('audit.position') }} {{ r.position }})</small></dd>
        <dt>{{ i18n.t('audit.what') }}</dt>
        <dd><strong>{{ r.intent }}</strong></dd>
        <dt>{{ i18n.t('audit.element') }}</dt>
        <dd><code>{{ r.elementId || i18n.t('common.none') }}</code></dd>
        <dt>{{ i18n.t('audit.when') }}</dt>
        <dd>{{ i18n.date(r.time) }} <small>{{ r.time }}</small></dd>
        <dt>{{ i18n.t('audit.who') }}</dt>
        <dd data-testid="audit-actor">{{ actor() }}</dd>
        <dt>{{ i18n.t('audit.hash') }}</dt>
        <dd><code class="hash">{{ r.hash || i18n.t('common.none') }}</code></dd>
      </dl>
      <h3>{{ i18n.t('audit.data') }}</h3>
      <hito-variables [variables]="r.value" [emptyText]="i18n.t('audit.noData')" />
    }
  `,
  styles: `
    dl { display: grid; grid-template-columns: max-content 1fr; gap: .25rem .8rem; margin: 0; font-size: .88rem; }
    dt { font-weight: 600; }
    dd { margin: 0; min-width: 0; overflow-wrap: anywhere; }
    small { color: var(--hito-muted); }
    .hash { font-size: .75rem; }
    h3 { font-size: .9rem; margin: .7rem 0 .3rem; }
  `,
})
export class RecordPanelComponent {
  protected readonly i18n = inject(I18nService);
  readonly record = input<HistoryRecord | null>(null);

  protected readonly actor = computed(() => {
    const actor = this.record()?.actor;
    if (!actor || (!actor.id && actor.kind === 'system')) return this.i18n.t('audit.actor.system');
    const kind = this.i18n.maybe(`audit.kind.${actor.kind}`, actor.kind);
    const who = actor.id ? `${actor.id} (${kind})` : kind;
    return actor.onBehalfOf ? `${who}, ${this.i18n.t('audit.onBehalfOf', { id: actor.onBehalfOf })}` : who;
  });
}
