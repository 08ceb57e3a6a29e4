import type { ExecutableElement } from '../executable-model.js';
import { transformActivity } from './activity.transformer.js';
import { extensionAttribute, type ModdleElement, type TransformContext } from './transform-context.js';

/** Embedded, event, transaction and ad-hoc sub-processes (their children are walked by the caller). */
export function transformSubProcess(source: ModdleElement, element: ExecutableElement, context: TransformContext): void {
  transformActivity(source, element, context);
  if (element.kind === 'adHocSubProcess') {
    element.adHocOrdering = source.ordering === 'Sequential' ? 'Sequential' : 'Parallel';
    if (source.completionCondition) {
      context.problem(source.id, 'unsupported-attribute', `Ad-hoc sub-process "${source.id}": completionCondition is not supported.`);
    }
  }
}

/** Call activities: the called process id and an optional pinned version. */
export function transformCallActivity(source: ModdleElement, element: ExecutableElement, context: TransformContext): void {
  transformActivity(source, element, context);
  const called = source.calledElement;
  element.calledProcessId = typeof called === 'string' ? called : called?.id;
  const version = extensionAttribute(source, 'calledVersion');
  if (version !== undefined && version !== 'latest') {
    const parsed = Number(version);
    if (!Number.isInteger(parsed) || parsed < 1) {
      context.problem(source.id, 'called-version', `Call activity "${source.id}" pins version "${version}", which is no positive integer.`);
    } else {
      element.calledVersion = parsed;
    }
  }
  if (!element.calledProcessId) context.problem(source.id, 'called-element', `Call activity "${source.id}" names no process to call.`);
}
