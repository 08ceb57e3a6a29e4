import type { EntityManager } from 'typeorm';
import type { DurableRuntime } from './durable-runtime.js';
import { CommandRejectedError } from './errors.js';

/** How many due timers one poll fires at most, so that a backlog drains in bounded steps. */
export const TIMER_BATCH = 200;

/** Timers fired per transaction: one commit (one disk flush) for many timers. */
const CHUNK = 50;

/**
 * Fires timers due at or before the clock's now, in due order. Each transaction claims a chunk of
 * due timers with FOR UPDATE SKIP LOCKED, so that several server processes share the work and each
 * timer fires exactly once, and fires them one by one, each behind a savepoint: a timer whose
 * instance refuses it (suspended) is rolled back alone and left due. Returns how many fired.
 */
export async function fireDueTimers(runtime: DurableRuntime, limit = TIMER_BATCH, skip = new Set<number>()): Promise<number> {
  let fired = 0;
  while (fired < limit) {
    const { claimed, done } = await runtime.transaction(async (db) => {
      const rows: { key: string }[] = await db.query(
        `SELECT key FROM subscription WHERE type = 'timer' AND due_at <= $1 AND NOT (key = ANY($2::bigint[]))
         ORDER BY due_at, key LIMIT $3 FOR UPDATE SKIP LOCKED`,
        [new Date(runtime.clock.now()), [...skip], Math.min(CHUNK, limit - fired)],
      );
      let count = 0;
      for (const { key } of rows) {
        if (await fireOne(runtime, db, Number(key))) count++;
        else skip.add(Number(key));
      }
      return { claimed: rows.length, done: count };
    });
    fired += done;
    if (claimed < CHUNK) break;
  }
  return fired;
}

/** Fires one claimed timer behind a savepoint; false when its instance refused it. */
async function fireOne(runtime: DurableRuntime, db: EntityManager, key: number): Promise<boolean> {
  await db.query('SAVEPOINT timer');
  try {
    await runtime.executeIn(db, { type: 'TriggerTimer', timerKey: key }, { actor: { kind: 'timer', id: String(key) } });
    await db.query('RELEASE SAVEPOINT timer');
    return true;
  } catch (error) {
    if (!(error instanceof CommandRejectedError)) throw error;
    await db.query('ROLLBACK TO SAVEPOINT timer');
    return false;
  }
}

/** The due date of the earliest timer at or before `upTo`, if any. */
export async function earliestDue(runtime: DurableRuntime, upTo: number, skip: Set<number>): Promise<number | undefined> {
  const [row]: { due: Date | null }[] = await runtime.transaction((db) =>
    db.query(`SELECT min(due_at) AS due FROM subscription WHERE type = 'timer' AND due_at <= $1 AND NOT (key = ANY($2::bigint[]))`, [new Date(upTo), [...skip]]),
  );
  return row.due ? row.due.getTime() : undefined;
}
