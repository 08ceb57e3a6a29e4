import type { EntityManager } from 'typeorm';
import { returningRows } from './returning-rows.js';

/** Keeps a published message that no subscription took, until it expires. */
export async function bufferMessage(
  db: EntityManager,
  message: { name: string; correlationKey?: string; variables?: Record<string, unknown> },
  publishedAt: number,
  expiresAt: number,
): Promise<void> {
  await db.query(
    `INSERT INTO buffered_message (name, correlation_key, variables, published_at, expires_at) VALUES ($1, $2, $3, $4, $5)`,
    [message.name, message.correlationKey ?? null, JSON.stringify(message.variables ?? {}), new Date(publishedAt), new Date(expiresAt)],
  );
}

/** Takes (removes) the oldest live buffered message for a name and correlation key, if any. */
export async function takeBufferedMessage(db: EntityManager, name: string, correlationKey: string | undefined, now: number) {
  const rows = returningRows<{ name: string; correlation_key: string | null; variables: Record<string, unknown> }>(await db.query(
    `DELETE FROM buffered_message WHERE id = (
       SELECT id FROM buffered_message
       WHERE name = $1 AND correlation_key IS NOT DISTINCT FROM $2 AND expires_at > $3
       ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED)
     RETURNING name, correlation_key, variables`,
    [name, correlationKey ?? null, new Date(now)],
  ));
  const row = rows[0];
  return row ? { name: row.name, correlationKey: row.correlation_key ?? undefined, variables: row.variables } : undefined;
}
