import type { MigrationInterface, QueryRunner } from 'typeorm';

/** In-app notifications sent by the built-in `notify` job type. */
export class Notifications1764400000000 implements MigrationInterface {
  name = 'Notifications1764400000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE notification (
        id              bigserial PRIMARY KEY,
        person_id       text NOT NULL,
        subject         text NOT NULL,
        body            text,
        headers         jsonb NOT NULL DEFAULT '{}',
        instance_key    bigint,
        element_id      text,
        job_key         bigint NOT NULL,
        created_at      timestamptz NOT NULL,
        read_at         timestamptz,
        email_sent_at   timestamptz,
        UNIQUE (job_key, person_id)
      )`);
    await db.query(`CREATE INDEX notification_person ON notification (person_id, created_at DESC)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE notification');
  }
}
