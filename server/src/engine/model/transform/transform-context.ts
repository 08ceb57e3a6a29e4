import type { Problem } from '../validation/problem.js';
import type { ExecutableElement, ExecutableFlow, Expression } from '../executable-model.js';

/** A bpmn-moddle element as the transformers see it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type ModdleElement = any;

/** Tells whether the host can run a script of this format (FEEL is always supported). */
export type ScriptSupport = (format: string, body: string) => boolean;

/** Options of the transformation. */
export interface TransformOptions {
  scriptSupport: ScriptSupport;
  /** Format assumed when a script task names none. */
  defaultScriptFormat?: string;
}

/** Shared state of one process transformation: the elements built so far and the problems found. */
export class TransformContext {
  readonly elements: Record<string, ExecutableElement> = {};
  readonly flows: Record<string, ExecutableFlow> = {};
  readonly triggeredStarts: string[] = [];

  constructor(
    readonly problems: Problem[],
    readonly options: TransformOptions,
  ) {}

  /** Records a problem that prevents deployment. */
  problem(elementId: string | undefined, rule: string, message: string): void {
    this.problems.push({ elementId, rule, message });
  }
}

/** The value of an extension attribute (any namespace) by its local name, e.g. `hito:type`. */
export function extensionAttribute(element: ModdleElement, localName: string): string | undefined {
  const typed = element?.get?.(`hito:${localName}`);
  if (typeof typed === 'string') return typed;
  const attrs: Record<string, unknown> | undefined = element?.$attrs;
  if (!attrs) return undefined;
  for (const [name, value] of Object.entries(attrs)) {
    const local = name.includes(':') ? name.slice(name.indexOf(':') + 1) : name;
    if (local === localName && typeof value === 'string') return value;
  }
  return undefined;
}

/** Extension elements of an element whose type has the given local name (`hito:input`). */
export function extensionElements(element: ModdleElement, localName: string): ModdleElement[] {
  const values: ModdleElement[] = element?.extensionElements?.values ?? [];
  const found: ModdleElement[] = [];
  const visit = (value: ModdleElement): void => {
    const type: string = value?.$type ?? '';
    const local = type.includes(':') ? type.slice(type.indexOf(':') + 1) : type;
    if (local.toLowerCase() === localName.toLowerCase()) found.push(value);
    for (const child of [...(value?.$children ?? []), ...(value?.inputParameters ?? []), ...(value?.outputParameters ?? []), ...(value?.values ?? [])]) visit(child);
  };
  values.forEach(visit);
  return found;
}

/** Reads an attribute of an extension element, typed (with the moddle package) or generic. */
export function genericAttribute(element: ModdleElement, name: string): string | undefined {
  const direct = element?.[name];
  if (typeof direct === 'string') return direct;
  const attrs: Record<string, unknown> | undefined = element?.$attrs;
  const raw = attrs?.[name];
  return typeof raw === 'string' ? raw : undefined;
}

/** The first extension element of a kind, or undefined. */
export function firstExtension(element: ModdleElement, localName: string): ModdleElement | undefined {
  return extensionElements(element, localName)[0];
}

/** The text of a formal expression, trimmed; undefined when empty. */
export function expressionOf(formal: ModdleElement): Expression | undefined {
  const body = typeof formal === 'string' ? formal : formal?.body;
  if (typeof body !== 'string') return undefined;
  const source = body.trim();
  return source === '' ? undefined : { source };
}

/** A fresh element with every field at its default. */
export function blankElement(id: string, kind: ExecutableElement['kind'], scopeId?: string): ExecutableElement {
  return {
    id,
    kind,
    scopeId,
    incoming: [],
    outgoing: [],
    eventDefinitions: [],
    parallelMultiple: false,
    interrupting: true,
    boundaryEvents: [],
    noneStartEvents: [],
    triggeredStartEvents: [],
    eventSubProcesses: [],
    dataObjects: [],
    children: [],
    startQuantity: 1,
    completionQuantity: 1,
    isForCompensation: false,
    headers: {},
    inputs: [],
    outputs: [],
    instantiate: false,
    eventGatewayTargets: [],
  };
}
