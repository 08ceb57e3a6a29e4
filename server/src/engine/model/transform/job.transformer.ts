import type { ExecutableElement } from '../executable-model.js';
import { attribute } from './user-task.transformer.js';
import { extensionElements, firstExtension, genericAttribute, type ModdleElement, type TransformContext } from './transform-context.js';

/**
 * Reads `hito:taskHeaders` (and legacy `header.<key>` attributes) into the element's headers and
 * `hito:taskDefinition retries`; returns the defined job type, if any.
 */
export function transformJobDefinition(source: ModdleElement, element: ExecutableElement, context: TransformContext): string | undefined {
  for (const header of extensionElements(source, 'header')) {
    const key = genericAttribute(header, 'key');
    if (key) element.headers[key] = genericAttribute(header, 'value') ?? '';
  }
  for (const [name, value] of Object.entries((source.$attrs ?? {}) as Record<string, string>)) {
    if (name.startsWith('xmlns')) continue;
    const local = name.slice(name.indexOf(':') + 1);
    if (local.startsWith('header.')) element.headers[local.slice('header.'.length)] = value;
  }
  const definition = firstExtension(source, 'taskDefinition');
  const retries = attribute(source.id, definition, 'retries', context);
  if (retries && !retries.source.startsWith('=')) {
    const count = Number(retries.source);
    if (!Number.isInteger(count) || count < 1) {
      context.problem(source.id, 'hito-retries', `"${source.id}": hito:taskDefinition retries "${retries.source}" must be a whole number of at least 1.`);
    }
  }
  element.jobRetries = retries;
  const type = genericAttribute(definition, 'type')?.trim();
  return type || undefined;
}
