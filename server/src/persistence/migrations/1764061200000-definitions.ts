import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Deployments and the immutable process definition versions they create. */
export class Definitions1764061200000 implements MigrationInterface {
  name = 'Definitions1764061200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE deployment (
        key          bigserial PRIMARY KEY,
        deployed_at  timestamptz NOT NULL DEFAULT now(),
        deployed_by  text
      )`);
    await db.query(`
      CREATE TABLE process_definition (
        key            bigserial PRIMARY KEY,
        deployment_key bigint NOT NULL REFERENCES deployment(key),
        bpmn_process_id text NOT NULL,
        version        integer NOT NULL,
        name           text,
        resource_name  text NOT NULL,
        xml            text NOT NULL,
        checksum       text NOT NULL,
        UNIQUE (bpmn_process_id, version)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE process_definition');
    await db.query('DROP TABLE deployment');
  }
}
