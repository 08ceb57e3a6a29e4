/** Betsy compares traces as multisets: sorted copies must be equal. */
export function sameMultiset(expected: readonly string[], actual: readonly string[]): boolean {
  if (expected.length !== actual.length) return false;
  const a = [...expected].sort();
  const b = [...actual].sort();
  return a.every((value, index) => value === b[index]);
}

/**
 * Where betsy accepts any error (`ERROR`), a deployment or runtime error counts as it.
 */
export function normalizeErrors(expected: readonly string[], actual: string[]): string[] {
  if (!expected.includes('ERROR')) return actual;
  return actual.map((token) => (token === 'ERROR_deployment' || token === 'ERROR_runtime' ? 'ERROR' : token));
}
