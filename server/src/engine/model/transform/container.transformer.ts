import type { ExecutableElement } from '../executable-model.js';
import { transformActivity } from './activity.transformer.js';
import { extensionAttribute, firstExtension, genericAttribute, type ModdleElement, type TransformContext } from './transform-context.js';

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

/**
 * Call activities: the called process id, `hito:calledProcess` binding (`latest` by default, or
 * `version` with the pinned `version`) and `propagateAllChildVariables` (default true).
 */
export function transformCallActivity(source: ModdleElement, element: ExecutableElement, context: TransformContext): void {
  transformActivity(source, element, context);
  const called = source.calledElement;
  element.calledProcessId = typeof called === 'string' ? called : called?.id;
  const calledProcess = firstExtension(source, 'calledProcess');
  const binding = genericAttribute(calledProcess, 'binding')?.trim() || 'latest';
  if (binding !== 'latest' && binding !== 'version') {
    context.problem(source.id, 'called-binding', `Call activity "${source.id}": hito:calledProcess binding "${binding}" must be "latest" or "version".`);
  }
  const pinned = genericAttribute(calledProcess, 'version')?.trim();
  if (binding === 'version' && !pinned) {
    context.problem(source.id, 'called-version', `Call activity "${source.id}": hito:calledProcess binding "version" needs a version.`);
  }
  const propagate = calledProcess?.propagateAllChildVariables ?? genericAttribute(calledProcess, 'propagateAllChildVariables');
  element.propagateAllChildVariables = !(propagate === false || propagate === 'false');
  const version = binding === 'version' ? pinned : extensionAttribute(source, 'calledVersion');
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
