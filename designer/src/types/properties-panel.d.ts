/* The properties panel packages ship no type declarations; these are the parts Hito uses. */
declare module 'bpmn-js-properties-panel' {
  export const BpmnPropertiesPanelModule: import('didi').ModuleDeclaration;
  export const BpmnPropertiesProviderModule: import('didi').ModuleDeclaration;
}

declare module '@bpmn-io/properties-panel' {
  /** A preact component rendering a labelled text input bound through getValue/setValue. */
  export const TextFieldEntry: (props: Record<string, unknown>) => unknown;
  export function isTextFieldEntryEdited(node: HTMLElement): boolean;
}
