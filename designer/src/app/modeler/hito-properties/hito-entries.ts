import { TextFieldEntry, isTextFieldEntryEdited } from '@bpmn-io/properties-panel';
import type { Element } from 'bpmn-js/lib/model/Types';
import type { MessageKey } from '../../i18n/messages';
import { type HitoType, type PanelServices, readAttribute, writeAttribute } from './hito-extension';

/** Looks up a Hito interface text in the current language. */
export type HitoTranslate = (key: MessageKey) => string;

/** Everything an entry factory needs from the modeler. */
export interface EntryContext extends PanelServices {
  element: Element;
  t: HitoTranslate;
  debounce: (fn: (...args: unknown[]) => void) => (...args: unknown[]) => void;
}

interface FieldSpec {
  type: HitoType;
  name: string;
  label: MessageKey;
  description?: MessageKey;
  validate?: (value: string) => MessageKey | undefined;
}

/** A text entry editing one attribute of a Hito extension element. */
export function textEntry(context: EntryContext, spec: FieldSpec): Record<string, unknown> {
  const { element, t } = context;
  const prefix = spec.type.replace('hito:', '').replace(/^./, (c) => c.toLowerCase());
  return {
    id: `hito-${prefix}-${spec.name}`,
    component: TextFieldEntry,
    isEdited: isTextFieldEntryEdited,
    element,
    label: t(spec.label),
    description: spec.description ? t(spec.description) : undefined,
    debounce: context.debounce,
    getValue: () => readAttribute(element, spec.type, spec.name),
    setValue: (value: string) => writeAttribute(context, element, spec.type, spec.name, value ?? ''),
    validate: spec.validate
      ? (value: string) => {
          const problem = spec.validate?.(value ?? '');
          return problem ? t(problem) : null;
        }
      : undefined,
  };
}

const isFeel = (value: string) => value.trim().startsWith('=');

/** 0–100, or FEEL. */
export function validatePriority(value: string): MessageKey | undefined {
  if (value.trim() === '' || isFeel(value)) return undefined;
  const n = Number(value);
  return Number.isInteger(n) && n >= 0 && n <= 100 ? undefined : 'hito.priority.invalid';
}

/** A whole number ≥ 0, or FEEL. */
export function validateRetries(value: string): MessageKey | undefined {
  if (value.trim() === '' || isFeel(value)) return undefined;
  const n = Number(value);
  return Number.isInteger(n) && n >= 0 ? undefined : 'hito.retries.invalid';
}
