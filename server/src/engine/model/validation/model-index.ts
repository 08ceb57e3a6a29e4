import type { ModdleElement } from 'bpmn-moddle';
import type { ValidateOptions } from './options.js';
import type { XmlScan } from './xml-scan.js';

export type Element = ModdleElement;

/** Everything rules read: the moddle tree, its elements in document order, and derived graphs. */
export class ModelIndex {
  /** Every element of the tree except diagram interchange, in document order. */
  readonly all: Element[] = [];
  private readonly parents = new Map<Element, Element | undefined>();
  private readonly incomingFlows = new Map<Element, Element[]>();
  private readonly outgoingFlows = new Map<Element, Element[]>();

  constructor(
    readonly definitions: Element,
    readonly scan: XmlScan,
    readonly options: ValidateOptions,
  ) {
    this.walk(definitions, undefined);
    for (const flow of this.ofType('bpmn:SequenceFlow')) {
      if (isElement(flow.sourceRef)) push(this.outgoingFlows, flow.sourceRef, flow);
      if (isElement(flow.targetRef)) push(this.incomingFlows, flow.targetRef, flow);
    }
  }

  private walk(element: Element, parent: Element | undefined): void {
    if (element.$type.startsWith('bpmndi:')) return;
    this.all.push(element);
    this.parents.set(element, parent);
    for (const property of element.$descriptor?.properties ?? []) {
      if (property.isReference || property.isAttr) continue;
      const value = element[property.name];
      for (const child of Array.isArray(value) ? value : [value]) {
        if (isElement(child)) this.walk(child, element);
      }
    }
  }

  /** Elements that are instances of `type` (subtypes included). */
  ofType(type: string): Element[] {
    return this.all.filter((element) => element.$instanceOf(type));
  }

  parent(element: Element): Element | undefined {
    return this.parents.get(element);
  }

  /** Nearest enclosing process, subprocess or choreography: the level a flow node lives on. */
  container(element: Element): Element | undefined {
    let current = this.parent(element);
    while (current && !current.$instanceOf('bpmn:FlowElementsContainer')) current = this.parent(current);
    return current;
  }

  /** The top-level process (or other root) an element belongs to. */
  root(element: Element): Element | undefined {
    let current: Element | undefined = element;
    while (current && this.parent(current) && !this.parent(current)!.$instanceOf('bpmn:Definitions')) current = this.parent(current);
    return current;
  }

  /** True when the element lives in a process marked executable. */
  isExecutable(element: Element): boolean {
    const root = this.root(element);
    return !!root && root.$instanceOf('bpmn:Process') && root.isExecutable === true;
  }

  /** Sequence flows whose targetRef is the node. */
  incoming(node: Element): Element[] {
    return this.incomingFlows.get(node) ?? [];
  }

  /** Sequence flows whose sourceRef is the node. */
  outgoing(node: Element): Element[] {
    return this.outgoingFlows.get(node) ?? [];
  }

  /** Message flows touching the element (as source or target). */
  messageFlows(element: Element, end: 'sourceRef' | 'targetRef'): Element[] {
    return this.ofType('bpmn:MessageFlow').filter((flow) => flow[end] === element);
  }

  /** Line of the element's start tag, when it has an id. */
  line(element: Element | undefined): number | undefined {
    let current = element;
    while (current) {
      if (current.id && this.scan.lineOfId.has(current.id)) return this.scan.lineOfId.get(current.id);
      current = this.parent(current);
    }
    return undefined;
  }
}

/** True for a parsed moddle element (as opposed to a string, number or unresolved reference). */
export function isElement(value: unknown): value is Element {
  return typeof value === 'object' && value !== null && typeof (value as Element).$type === 'string' && typeof (value as Element).$instanceOf === 'function';
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
