import { evaluateExpression } from '../../expression/feel.js';
import type { ExecutableElement } from '../../model/executable-model.js';
import type { ElementInstanceState } from '../../state/engine-state.js';
import type { Batch } from '../batch.js';

/** Default number of attempts a worker gets before an incident. */
export const DEFAULT_RETRIES = 3;

/**
 * Creates a job for the element instance; an outside worker completes it. Header values written
 * as FEEL (`=`) and a FEEL `retries` are evaluated now, in the element's scope; a failure (or a
 * null value) throws, naming the element and header, and becomes an incident.
 */
export function createJob(batch: Batch, instance: ElementInstanceState, type: string, headers: Record<string, string>, evaluateHeaders = true): void {
  const element = batch.element(instance);
  let context: Record<string, unknown> | undefined;
  const variables = () => (context ??= batch.state.visibleVariables(instance.key));
  const resolved: Record<string, string> = {};
  for (const [key, value] of Object.entries(headers)) resolved[key] = evaluateHeaders ? headerValue(batch, element, `header "${key}"`, value, variables) : value;
  const retries = element.jobRetries ? Number(headerValue(batch, element, 'retries', element.jobRetries.source, variables)) : DEFAULT_RETRIES;
  if (!Number.isInteger(retries) || retries < 1) throw new Error(`"${element.id}": retries must be a whole number of at least 1, but is ${retries}.`);
  batch.emit('JOB_CREATED', batch.newKey(), { type, retries, headers: resolved }, {
    instanceKey: instance.instanceKey,
    elementId: instance.elementId,
    elementInstanceKey: instance.key,
  });
}

function headerValue(batch: Batch, element: ExecutableElement, what: string, value: string, variables: () => Record<string, unknown>): string {
  const source = value.trim();
  if (!source.startsWith('=')) return value;
  let result: unknown;
  try {
    result = evaluateExpression({ source }, variables, batch.feel);
  } catch (error) {
    throw new Error(`"${element.id}": ${what} "${source}" could not be evaluated: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (result === null) throw new Error(`"${element.id}": ${what} "${source}" evaluated to null (is a variable missing?).`);
  if (typeof result === 'string') return result;
  if (Array.isArray(result) && result.every((item) => typeof item === 'string')) return result.join(',');
  return typeof result === 'object' ? JSON.stringify(result) : String(result);
}

/** Cancels the element instance's open job, if any (the element is terminated). */
export function cancelJob(batch: Batch, instance: ElementInstanceState): void {
  const job = instance.jobKey !== undefined ? batch.state.jobs.get(instance.jobKey) : undefined;
  if (!job || (job.state !== 'created' && job.state !== 'failed')) return;
  batch.emit('JOB_CANCELED', job.key, {}, { instanceKey: job.instanceKey, elementId: job.elementId, elementInstanceKey: job.elementInstanceKey });
}
