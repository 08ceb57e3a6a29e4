import type { Applier } from './applier.js';

/** A variable is created or updated in a scope. */
export const variableSet: Applier<'VARIABLE_CREATED' | 'VARIABLE_UPDATED'> = (state, record) => {
  let scope = state.variables.get(record.value.scopeKey);
  if (!scope) state.variables.set(record.value.scopeKey, (scope = new Map()));
  scope.set(record.value.name, record.value.value);
};
