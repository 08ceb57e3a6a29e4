import { BpmnPropertiesPanelModule, BpmnPropertiesProviderModule } from 'bpmn-js-properties-panel';
import Modeler from 'bpmn-js/lib/Modeler';
import hitoSchema from '../../../../processes/schema/hito.json';
import type { Language } from '../i18n/messages';
import { HitoPropertiesModule } from './hito-properties/hito-properties.module';
import type { HitoTranslate } from './hito-properties/hito-entries';
import { SPANISH_BPMN } from './spanish-bpmn';

/**
 * A bpmn-js modeler that knows the `hito:` moddle extension, with the standard properties panel
 * and Hito's own group rendered into `panel`. bpmn-js's own texts follow `language` too.
 */
export function createModeler(canvas: HTMLElement, panel: HTMLElement, hitoTranslate: HitoTranslate, language: () => Language): Modeler {
  const translate = (template: string, replacements: Record<string, string> = {}) =>
    (language() === 'es' ? (SPANISH_BPMN[template] ?? template) : template).replace(
      /{([^}]+)}/g,
      (_, key: string) => replacements[key] ?? `{${key}}`,
    );
  return new Modeler({
    container: canvas,
    // Hito's group starts open: it is what process owners come to the panel for.
    propertiesPanel: { parent: panel, layout: { groups: { general: { open: true }, hito: { open: true } } } },
    additionalModules: [
      BpmnPropertiesPanelModule,
      BpmnPropertiesProviderModule,
      HitoPropertiesModule,
      { hitoTranslate: ['value', hitoTranslate], translate: ['value', translate] },
    ],
    moddleExtensions: { hito: hitoSchema },
  });
}

/** Re-renders the texts of an existing modeler after the interface language changed. */
export function refreshLanguage(modeler: Modeler): void {
  const eventBus = modeler.get<{ fire(event: string): void }>('eventBus');
  eventBus.fire('i18n.changed');
  eventBus.fire('propertiesPanel.providersChanged');
}
