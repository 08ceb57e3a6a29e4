import type { EntityManager } from 'typeorm';

/** Status of a key whose command committed but whose response is not stored yet. */
export const IDEMPOTENCY_PENDING = 0;

/** What is stored for an idempotency key. */
export interface IdempotencyRecord {
  requestHash: string;
  /** The HTTP status of the first response, or `IDEMPOTENCY_PENDING`. */
  status: number;
  response: unknown;
}

/** Rows of `idempotency_key`: one per command a client sent with an `Idempotency-Key`. */
export const idempotencyKeys = {
  async find(db: EntityManager, key: string): Promise<IdempotencyRecord | undefined> {
    const rows: { request_hash: string; status: number; response: unknown }[] = await db.query(
      'SELECT request_hash, status, response FROM idempotency_key WHERE key = $1',
      [key],
    );
    return rows[0] ? { requestHash: rows[0].request_hash, status: rows[0].status, response: rows[0].response } : undefined;
  },

  /**
   * Claims a key inside the command's transaction: it commits with the command or not at all. A
   * second claim of the same key waits for the first transaction and then fails with 23505.
   */
  async claim(db: EntityManager, key: string, requestHash: string): Promise<void> {
    await db.query('INSERT INTO idempotency_key (key, request_hash, status) VALUES ($1, $2, $3)', [key, requestHash, IDEMPOTENCY_PENDING]);
  },

  /** Stores the response of a claimed key's command, for retries. */
  async complete(db: EntityManager, key: string, status: number, response: unknown): Promise<void> {
    await db.query('UPDATE idempotency_key SET status = $2, response = $3::jsonb WHERE key = $1', [
      key, status, JSON.stringify(response === undefined ? null : response),
    ]);
  },
};
