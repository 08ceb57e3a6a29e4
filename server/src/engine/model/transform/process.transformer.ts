import type { ElementKind, ExecutableElement, ExecutableProcess } from '../executable-model.js';
import { transformCallActivity, transformSubProcess } from './container.transformer.js';
import { transformEvent } from './event.transformer.js';
import { transformGateway } from './gateway.transformer.js';
import { computeUpstream } from './reachability.js';
import { transformTask } from './task.transformer.js';
import { blankElement, expressionOf, type ModdleElement, TransformContext } from './transform-context.js';

type ElementTransformer = (source: ModdleElement, element: ExecutableElement, context: TransformContext, inEventSubProcess: boolean) => void;

/** Which moddle types execute, as which element kind, through which transformer. */
const TRANSFORMERS: Record<string, { kind: ElementKind; transform: ElementTransformer }> = {
  'bpmn:StartEvent': { kind: 'startEvent', transform: transformEvent },
  'bpmn:EndEvent': { kind: 'endEvent', transform: transformEvent },
  'bpmn:IntermediateCatchEvent': { kind: 'intermediateCatchEvent', transform: transformEvent },
  'bpmn:IntermediateThrowEvent': { kind: 'intermediateThrowEvent', transform: transformEvent },
  'bpmn:BoundaryEvent': { kind: 'boundaryEvent', transform: transformEvent },
  'bpmn:Task': { kind: 'task', transform: transformTask },
  'bpmn:ManualTask': { kind: 'manualTask', transform: transformTask },
  'bpmn:UserTask': { kind: 'userTask', transform: transformTask },
  'bpmn:ServiceTask': { kind: 'serviceTask', transform: transformTask },
  'bpmn:SendTask': { kind: 'sendTask', transform: transformTask },
  'bpmn:ReceiveTask': { kind: 'receiveTask', transform: transformTask },
  'bpmn:ScriptTask': { kind: 'scriptTask', transform: transformTask },
  'bpmn:BusinessRuleTask': { kind: 'businessRuleTask', transform: transformTask },
  'bpmn:ExclusiveGateway': { kind: 'exclusiveGateway', transform: transformGateway },
  'bpmn:ParallelGateway': { kind: 'parallelGateway', transform: transformGateway },
  'bpmn:InclusiveGateway': { kind: 'inclusiveGateway', transform: transformGateway },
  'bpmn:EventBasedGateway': { kind: 'eventBasedGateway', transform: transformGateway },
  'bpmn:ComplexGateway': { kind: 'complexGateway', transform: transformGateway },
  'bpmn:SubProcess': { kind: 'subProcess', transform: transformSubProcess },
  'bpmn:Transaction': { kind: 'transaction', transform: transformSubProcess },
  'bpmn:AdHocSubProcess': { kind: 'adHocSubProcess', transform: transformSubProcess },
  'bpmn:CallActivity': { kind: 'callActivity', transform: transformCallActivity },
};

/** Elements that may appear among flow elements and carry no behaviour. */
const PASSIVE = new Set(['bpmn:DataObjectReference', 'bpmn:DataStoreReference', 'bpmn:DataObject', 'bpmn:SequenceFlow']);

/** Compiles one `bpmn:Process` into an executable process; problems go to the context. */
export function transformProcess(source: ModdleElement, context: TransformContext): ExecutableProcess {
  const root = blankElement(source.id, 'process');
  root.name = source.name;
  context.elements[root.id] = root;
  for (const property of source.properties ?? []) root.dataObjects.push(property.name ?? property.id);
  walkContainer(source, root, context, false);
  linkStructure(source, context);
  for (const element of Object.values(context.elements)) {
    if (element.kind === 'inclusiveGateway' || element.kind === 'complexGateway') {
      if (element.incoming.length > 1) element.upstream = computeUpstream(element, context.elements, context.flows);
    }
  }
  return { id: source.id, name: source.name, elements: context.elements, flows: context.flows, triggeredStarts: context.triggeredStarts };
}

function walkContainer(source: ModdleElement, container: ExecutableElement, context: TransformContext, inEventSubProcess: boolean): void {
  for (const child of source.flowElements ?? []) {
    if (child.$type === 'bpmn:SequenceFlow') {
      context.flows[child.id] = {
        id: child.id,
        sourceId: child.sourceRef?.id,
        targetId: child.targetRef?.id,
        condition: expressionOf(child.conditionExpression),
      };
      continue;
    }
    if (child.$type === 'bpmn:DataObject') {
      container.dataObjects.push(child.name ?? child.id);
      continue;
    }
    if (PASSIVE.has(child.$type)) continue;
    const entry = TRANSFORMERS[child.$type];
    if (!entry) {
      context.problem(child.id, 'unsupported-element', `Element "${child.id}" (${String(child.$type).replace('bpmn:', '')}) is not supported by this engine.`);
      continue;
    }
    const eventSubProcess = child.$type === 'bpmn:SubProcess' && child.triggeredByEvent === true;
    const element = blankElement(child.id, eventSubProcess ? 'eventSubProcess' : entry.kind, container.id);
    element.name = child.name;
    context.elements[child.id] = element;
    container.children.push(child.id);
    entry.transform(child, element, context, inEventSubProcess);
    if (eventSubProcess) container.eventSubProcesses.push(child.id);
    if (element.kind === 'startEvent') {
      if (element.eventDefinitions.length === 0) container.noneStartEvents.push(child.id);
      else container.triggeredStartEvents.push(child.id);
      if (container.kind === 'process' && element.eventDefinitions.length > 0) context.triggeredStarts.push(child.id);
    }
    if (element.kind === 'receiveTask' && element.instantiate && container.kind === 'process') context.triggeredStarts.push(child.id);
    if (child.flowElements) walkContainer(child, element, context, eventSubProcess);
  }
  for (const artifact of source.artifacts ?? []) {
    if (artifact.$type !== 'bpmn:Association') continue;
    const boundary = context.elements[artifact.sourceRef?.id];
    const handler = context.elements[artifact.targetRef?.id];
    if (boundary?.kind === 'boundaryEvent' && handler?.isForCompensation && boundary.attachedTo) {
      const activity = context.elements[boundary.attachedTo];
      if (activity) activity.compensationHandler = handler.id;
    }
  }
}

function linkStructure(source: ModdleElement, context: TransformContext): void {
  for (const flow of Object.values(context.flows)) {
    const from = context.elements[flow.sourceId];
    const to = context.elements[flow.targetId];
    if (!from || !to) {
      context.problem(flow.id, 'flow-reference', `Sequence flow "${flow.id}" connects elements that do not execute.`);
      continue;
    }
    from.outgoing.push(flow.id);
    to.incoming.push(flow.id);
  }
  for (const element of Object.values(context.elements)) {
    if (element.kind === 'boundaryEvent' && element.attachedTo) context.elements[element.attachedTo]?.boundaryEvents.push(element.id);
    if (element.kind === 'eventBasedGateway') {
      element.eventGatewayTargets = element.outgoing.map((flowId) => context.flows[flowId].targetId);
    }
    if (element.kind === 'intermediateThrowEvent' && element.eventDefinitions.some((d) => d.type === 'link') && !element.linkTargetId) {
      element.linkTargetId = findLinkCatch(element, context);
      if (!element.linkTargetId) context.problem(element.id, 'link-target', `Link throw event "${element.id}" has no matching link catch event.`);
    }
    if (element.kind === 'eventSubProcess') {
      const starts = element.triggeredStartEvents;
      if (starts.length !== 1) {
        context.problem(element.id, 'event-subprocess-start', `Event sub-process "${element.id}" needs exactly one start event with a trigger.`);
      }
    }
  }
  void source;
}

function findLinkCatch(thrower: ExecutableElement, context: TransformContext): string | undefined {
  const name = thrower.eventDefinitions.find((d) => d.type === 'link');
  if (!name || name.type !== 'link') return undefined;
  return Object.values(context.elements).find(
    (candidate) =>
      candidate.kind === 'intermediateCatchEvent' &&
      candidate.scopeId === thrower.scopeId &&
      candidate.eventDefinitions.some((d) => d.type === 'link' && d.linkName === name.linkName),
  )?.id;
}
