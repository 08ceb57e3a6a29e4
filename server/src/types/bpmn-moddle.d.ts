/** bpmn-moddle ships its element types under `bpmn-moddle/types` but no typing for its entry point. */
declare module 'bpmn-moddle' {
  /** A property of a moddle type, as described by the BPMN meta-model. */
  export interface ModdlePropertyDescriptor {
    name: string;
    type: string;
    isMany?: boolean;
    isReference?: boolean;
    isAttr?: boolean;
    isBody?: boolean;
    ns: { name: string; prefix: string; localName: string };
  }
  export interface ModdleTypeDescriptor {
    name: string;
    ns: { name: string; prefix: string; localName: string };
    properties: ModdlePropertyDescriptor[];
    propertiesByName: Record<string, ModdlePropertyDescriptor>;
  }
  /** Any element of a parsed document; BPMN properties are read by name. */
  export interface ModdleElement {
    $type: string;
    id?: string;
    $parent?: ModdleElement;
    $attrs?: Record<string, string>;
    $descriptor: ModdleTypeDescriptor;
    $instanceOf(type: string): boolean;
    [property: string]: any; // eslint-disable-line @typescript-eslint/no-explicit-any
  }
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
  /** bpmn-moddle 10 exports its class by name only (there is no default export). */
  export class BpmnModdle {
    constructor(packages?: Record<string, unknown>, options?: Record<string, unknown>);
    fromXML(xml: string, typeName?: string, options?: Record<string, unknown>): Promise<ParseResult>;
    toXML(element: unknown, options?: { format?: boolean; preamble?: boolean }): Promise<{ xml: string }>;
    create(type: string, attrs?: Record<string, unknown>): any; // eslint-disable-line @typescript-eslint/no-explicit-any
  }
}
