import { evaluateExpression } from '../../expression/feel.js';
import type { VariableMapping } from '../../model/executable-model.js';
import type { ElementInstanceState } from '../../state/engine-state.js';
import type { Batch } from '../batch.js';
import type { Variables } from '../types.js';

/** Creates or updates one variable in exactly this scope. */
export function setLocalVariable(batch: Batch, scopeKey: number, instanceKey: number, name: string, value: unknown): void {
  const exists = batch.state.variables.get(scopeKey)?.has(name) ?? false;
  batch.emit(exists ? 'VARIABLE_UPDATED' : 'VARIABLE_CREATED', batch.newKey(), { scopeKey, name, value }, { instanceKey });
  batch.changedInstances.add(instanceKey);
}

/**
 * Sets variables from `scopeKey` outwards: each goes to the nearest scope that already holds it,
 * otherwise to the process instance's root scope.
 */
export function propagateVariables(batch: Batch, scopeKey: number, instanceKey: number, variables: Variables | undefined): void {
  if (!variables) return;
  for (const [name, value] of Object.entries(variables)) {
    const holder = batch.state.scopeHolding(scopeKey, name) ?? instanceKey;
    setLocalVariable(batch, holder, instanceKey, name, value);
  }
}

/** Evaluates FEEL mappings in the context of `fromScope` and writes them to `toScope`. */
export function applyMappings(batch: Batch, mappings: VariableMapping[], fromScope: number, toScope: number, instanceKey: number, local: boolean): void {
  if (mappings.length === 0) return;
  const context = batch.state.visibleVariables(fromScope);
  for (const mapping of mappings) {
    const value = evaluateExpression(mapping.source, context, batch.feel);
    if (local) setLocalVariable(batch, toScope, instanceKey, mapping.target, value);
    else propagateVariables(batch, toScope, instanceKey, { [mapping.target]: value });
  }
}

/** The variables an element instance sees. */
export function variablesOf(batch: Batch, instance: ElementInstanceState): Variables {
  return batch.state.visibleVariables(instance.key);
}
