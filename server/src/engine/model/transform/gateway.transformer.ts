import type { ExecutableElement } from '../executable-model.js';
import { expressionOf, type ModdleElement, type TransformContext } from './transform-context.js';

/** Exclusive, parallel, inclusive, event-based and complex gateways. */
export function transformGateway(source: ModdleElement, element: ExecutableElement, _context: TransformContext): void {
  if (source.default) element.defaultFlow = source.default.id;
  if (element.kind === 'complexGateway') element.activationCondition = expressionOf(source.activationCondition);
}
