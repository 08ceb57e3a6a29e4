import type { EntityManager } from 'typeorm';
import type { DurableRuntime } from './durable-runtime.js';
import { CommandRejectedError } from './errors.js';

/** How many due timers one poll fires at most, so that a backlog drains in bounded steps. */
export const TIMER_BATCH = 200;

async function dueTimers(db: EntityManager, upTo: number, skip: Set<number>, limit: number): Promise<number[]> {
  const rows: { key: string }[] = await db.query(
    `SELECT key FROM subscription WHERE type = 'timer' AND due_at <= $1 AND NOT (key = ANY($2::bigint[]))
     ORDER BY due_at, key LIMIT $3`,
    [new Date(upTo), [...skip], limit],
  );
  return rows.map((row) => Number(row.key));
}

/**
 * Fires timers due at or before the clock's now, in due order, each in its own transaction. A timer
 * is claimed with FOR UPDATE SKIP LOCKED, so when several server processes poll the same database
 * each timer fires exactly once. A timer whose instance refuses it (suspended) is left due.
 * Returns how many fired.
 */
export async function fireDueTimers(runtime: DurableRuntime, limit = TIMER_BATCH, skip = new Set<number>()): Promise<number> {
  let fired = 0;
  const candidates = await runtime.transaction((db) => dueTimers(db, runtime.clock.now(), skip, limit));
  for (const key of candidates) {
    try {
      const done = await runtime.transaction(async (db) => {
        const claimed: unknown[] = await db.query(`SELECT key FROM subscription WHERE key = $1 AND type = 'timer' FOR UPDATE SKIP LOCKED`, [key]);
        if (claimed.length === 0) return false; // fired by another server process, or being fired
        await runtime.executeIn(db, { type: 'TriggerTimer', timerKey: key }, { actor: { kind: 'timer', id: String(key) } });
        return true;
      });
      if (done) fired++;
    } catch (error) {
      if (!(error instanceof CommandRejectedError)) throw error;
      skip.add(key);
    }
  }
  return fired;
}

/** The due date of the earliest timer at or before `upTo`, if any. */
export async function earliestDue(runtime: DurableRuntime, upTo: number, skip: Set<number>): Promise<number | undefined> {
  const [row]: { due: Date | null }[] = await runtime.transaction((db) =>
    db.query(`SELECT min(due_at) AS due FROM subscription WHERE type = 'timer' AND due_at <= $1 AND NOT (key = ANY($2::bigint[]))`, [new Date(upTo), [...skip]]),
  );
  return row.due ? row.due.getTime() : undefined;
}
