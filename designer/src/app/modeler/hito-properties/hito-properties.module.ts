import type { ModuleDeclaration } from 'didi';
import { HitoPropertiesProvider } from './hito-properties.provider';

/**
 * The bpmn-js module of Hito's properties group. The host passes `hitoTranslate` (a function from a
 * message key to text) through its own module, so the group follows the interface language.
 */
export const HitoPropertiesModule: ModuleDeclaration = {
  __init__: ['hitoPropertiesProvider'],
  hitoPropertiesProvider: ['type', HitoPropertiesProvider],
};
