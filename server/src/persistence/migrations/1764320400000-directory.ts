import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The directory: business calendars, institutions (a hierarchy), roles as data, people with
 * memberships and platform roles, and substitutions for a period.
 */
export class Directory1764320400000 implements MigrationInterface {
  name = 'Directory1764320400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE business_calendar (
        id           text PRIMARY KEY CHECK (id ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
        name         text NOT NULL,
        country      text CHECK (country ~ '^[A-Z]{2}$'),
        time_zone    text NOT NULL,
        working_days smallint[] NOT NULL CHECK (working_days <@ ARRAY[1,2,3,4,5,6,7]::smallint[]),
        holidays     jsonb NOT NULL DEFAULT '[]'::jsonb,
        updated_at   timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE institution (
        id          text PRIMARY KEY CHECK (id ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
        name        text NOT NULL,
        short_name  text,
        parent_id   text REFERENCES institution(id) ON DELETE RESTRICT,
        country     text NOT NULL CHECK (country ~ '^[A-Z]{2}$'),
        time_zone   text NOT NULL,
        calendar_id text REFERENCES business_calendar(id) ON DELETE RESTRICT,
        updated_at  timestamptz NOT NULL DEFAULT now(),
        CHECK (parent_id IS NULL OR parent_id <> id)
      )`);
    await db.query('CREATE INDEX institution_parent_idx ON institution (parent_id)');
    await db.query(`
      CREATE TABLE directory_role (
        id          text PRIMARY KEY CHECK (id ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
        name        text NOT NULL,
        description text
      )`);
    await db.query(`
      CREATE TABLE person (
        id             text PRIMARY KEY CHECK (id ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
        name           text NOT NULL,
        email          text NOT NULL,
        password_hash  text,
        platform_roles text[] NOT NULL DEFAULT '{}'
                       CHECK (platform_roles <@ ARRAY['process-owner','participant','auditor','admin']::text[]),
        active         boolean NOT NULL DEFAULT true,
        updated_at     timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query('CREATE UNIQUE INDEX person_email_idx ON person (lower(email))');
    await db.query(`
      CREATE TABLE membership (
        person_id      text NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        institution_id text NOT NULL REFERENCES institution(id) ON DELETE RESTRICT,
        roles          text[] NOT NULL DEFAULT '{}',
        PRIMARY KEY (person_id, institution_id)
      )`);
    await db.query('CREATE INDEX membership_institution_idx ON membership (institution_id)');
    await db.query(`
      CREATE TABLE substitution (
        id            uuid PRIMARY KEY,
        person_id     text NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        substitute_id text NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        starts_at     timestamptz NOT NULL,
        ends_at       timestamptz NOT NULL,
        reason        text,
        CHECK (ends_at > starts_at),
        CHECK (person_id <> substitute_id),
        UNIQUE (person_id, substitute_id, starts_at)
      )`);
    await db.query('CREATE INDEX substitution_substitute_idx ON substitution (substitute_id, starts_at, ends_at)');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE substitution');
    await db.query('DROP TABLE membership');
    await db.query('DROP TABLE person');
    await db.query('DROP TABLE directory_role');
    await db.query('DROP TABLE institution');
    await db.query('DROP TABLE business_calendar');
  }
}
