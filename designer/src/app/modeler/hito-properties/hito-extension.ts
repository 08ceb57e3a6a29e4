import { getBusinessObject, is } from 'bpmn-js/lib/util/ModelUtil';
import type { Element } from 'bpmn-js/lib/model/Types';

/** A moddle object as bpmn-js hands it out (typed loosely: moddle is dynamic). */
export interface ModdleObject {
  $type: string;
  $parent?: ModdleObject;
  get(name: string): unknown;
  [key: string]: unknown;
}

/** The extension elements Hito's panel edits; each lives in `bpmn:extensionElements` of its host. */
export type HitoType = 'hito:Assignment' | 'hito:Schedule' | 'hito:Form' | 'hito:TaskDefinition' | 'hito:Subscription';

/** Services the helpers need from the modeler's injector. */
export interface PanelServices {
  bpmnFactory: { create(type: string, attrs?: Record<string, unknown>): ModdleObject };
  commandStack: { execute(command: string, context: unknown): void };
}

/**
 * The object that carries a Hito extension for a diagram element: the element's own business
 * object, or for `hito:Subscription` the `bpmn:Message` its message event or task refers to.
 */
export function hostOf(element: Element, type: HitoType): ModdleObject | undefined {
  const bo = getBusinessObject(element) as ModdleObject;
  if (type !== 'hito:Subscription') return bo;
  if (is(bo, 'bpmn:ReceiveTask') || is(bo, 'bpmn:SendTask')) return (bo.get('messageRef') as ModdleObject | undefined) ?? undefined;
  if (!is(bo, 'bpmn:Event')) return undefined;
  const definitions = (bo.get('eventDefinitions') as ModdleObject[] | undefined) ?? [];
  const message = definitions.find((d) => is(d, 'bpmn:MessageEventDefinition'));
  return (message?.get('messageRef') as ModdleObject | undefined) ?? undefined;
}

/** The Hito extension of `type` on `host`, if present. */
export function findExtension(host: ModdleObject | undefined, type: HitoType): ModdleObject | undefined {
  const extensionElements = host?.get('extensionElements') as ModdleObject | undefined;
  const values = (extensionElements?.get('values') as ModdleObject[] | undefined) ?? [];
  return values.find((value) => is(value, type));
}

/** Reads one attribute of a Hito extension ('' when absent). */
export function readAttribute(element: Element, type: HitoType, name: string): string {
  const value = findExtension(hostOf(element, type), type)?.get(name);
  return value === undefined || value === null ? '' : String(value);
}

/**
 * Writes one attribute, creating `bpmn:extensionElements` and the Hito element when missing, as a
 * single undoable command. An empty value removes the attribute.
 */
export function writeAttribute(services: PanelServices, element: Element, type: HitoType, name: string, value: string): void {
  const host = hostOf(element, type);
  if (!host) return;
  const { bpmnFactory, commandStack } = services;
  const commands: { cmd: string; context: Record<string, unknown> }[] = [];
  const update = (moddleElement: ModdleObject, properties: Record<string, unknown>) =>
    commands.push({ cmd: 'element.updateModdleProperties', context: { element, moddleElement, properties } });

  let extensionElements = host.get('extensionElements') as ModdleObject | undefined;
  if (!extensionElements) {
    extensionElements = bpmnFactory.create('bpmn:ExtensionElements', { values: [] });
    extensionElements.$parent = host;
    update(host, { extensionElements });
  }
  let extension = findExtension(host, type);
  if (!extension) {
    extension = bpmnFactory.create(type);
    extension.$parent = extensionElements;
    update(extensionElements, { values: [...((extensionElements.get('values') as ModdleObject[]) ?? []), extension] });
  }
  update(extension, { [name]: value.trim() === '' ? undefined : value });
  commandStack.execute('properties-panel.multi-command-executor', commands);
}
