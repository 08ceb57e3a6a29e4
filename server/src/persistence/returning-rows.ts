/**
 * The rows of an `UPDATE ... RETURNING` or `DELETE ... RETURNING` run through `EntityManager.query`:
 * TypeORM's PostgreSQL driver answers those two commands with `[rows, rowCount]`, not with the rows
 * as it does for SELECT and INSERT.
 */
export function returningRows<T>(result: unknown): T[] {
  const pair = result as [T[], number];
  return Array.isArray(pair) && pair.length === 2 && Array.isArray(pair[0]) && typeof pair[1] === 'number' ? pair[0] : (result as T[]);
}
