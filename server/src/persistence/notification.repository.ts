import type { EntityManager } from 'typeorm';
import { returningRows } from './returning-rows.js';

/** A notification as its recipient sees it. */
export interface NotificationView {
  id: string;
  subject: string;
  body: string | null;
  headers: Record<string, string>;
  instanceKey: string | null;
  elementId: string | null;
  createdAt: string;
  readAt: string | null;
}

/**
 * Stores one notification per recipient of a job. A job retried after a crash inserts nothing
 * twice: (job, person) is unique, so the side effect happens once. Returns the people newly notified.
 */
export async function insertNotifications(
  db: EntityManager,
  notification: { jobKey: number; instanceKey: number; elementId: string; subject: string; body?: string; headers: Record<string, string>; createdAt: Date },
  people: string[],
): Promise<string[]> {
  if (people.length === 0) return [];
  const rows: { person_id: string }[] = await db.query(
    `INSERT INTO notification (person_id, subject, body, headers, instance_key, element_id, job_key, created_at)
     SELECT person, $2, $3, $4, $5, $6, $7, $8 FROM unnest($1::text[]) AS person
     ON CONFLICT (job_key, person_id) DO NOTHING RETURNING person_id`,
    [people, notification.subject, notification.body ?? null, JSON.stringify(notification.headers), notification.instanceKey, notification.elementId, notification.jobKey, notification.createdAt],
  );
  return rows.map((row) => row.person_id);
}

export async function markEmailed(db: EntityManager, jobKey: number, people: string[], at: Date): Promise<void> {
  await db.query(`UPDATE notification SET email_sent_at = $3 WHERE job_key = $1 AND person_id = ANY($2::text[])`, [jobKey, people, at]);
}

export const notificationQueries = {
  async forPerson(db: EntityManager, personId: string, unreadOnly: boolean, limit = 100): Promise<NotificationView[]> {
    const rows: { id: string; subject: string; body: string | null; headers: Record<string, string>; instance_key: string | null; element_id: string | null; created_at: Date; read_at: Date | null }[] =
      await db.query(
        `SELECT * FROM notification WHERE person_id = $1 ${unreadOnly ? 'AND read_at IS NULL' : ''} ORDER BY created_at DESC, id DESC LIMIT $2`,
        [personId, limit],
      );
    return rows.map((row) => ({
      id: row.id, subject: row.subject, body: row.body, headers: row.headers, instanceKey: row.instance_key, elementId: row.element_id,
      createdAt: row.created_at.toISOString(), readAt: row.read_at ? row.read_at.toISOString() : null,
    }));
  },

  async markRead(db: EntityManager, personId: string, id: number, at: Date): Promise<boolean> {
    const rows = returningRows(await db.query(`UPDATE notification SET read_at = coalesce(read_at, $3) WHERE id = $1 AND person_id = $2 RETURNING id`, [id, personId, at]));
    return rows.length > 0;
  },
};
