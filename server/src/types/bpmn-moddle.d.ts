/** bpmn-moddle ships its element types under `bpmn-moddle/types` but no typing for its entry point. */
declare module 'bpmn-moddle' {
  export interface ParseWarning {
    message: string;
    element?: { id?: string; $type?: string };
    property?: string;
    value?: unknown;
    error?: Error;
  }
  export interface ParseResult {
    rootElement: any; // eslint-disable-line @typescript-eslint/no-explicit-any
    references: unknown[];
    warnings: ParseWarning[];
    elementsById: Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  }
  export default class BpmnModdle {
    constructor(packages?: Record<string, unknown>, options?: Record<string, unknown>);
    fromXML(xml: string, typeName?: string, options?: Record<string, unknown>): Promise<ParseResult>;
    toXML(element: unknown, options?: { format?: boolean; preamble?: boolean }): Promise<{ xml: string }>;
    create(type: string, attrs?: Record<string, unknown>): any; // eslint-disable-line @typescript-eslint/no-explicit-any
  }
}
