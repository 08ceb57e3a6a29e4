import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Sign-in: rotated refresh tokens (stored hashed, revocable) and server secrets such as the JWT key. */
export class SignIn1764320460000 implements MigrationInterface {
  name = 'SignIn1764320460000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE refresh_token (
        id          uuid PRIMARY KEY,
        family_id   uuid NOT NULL,
        person_id   text NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        token_hash  text NOT NULL,
        issued_at   timestamptz NOT NULL,
        expires_at  timestamptz NOT NULL,
        revoked_at  timestamptz,
        replaced_by uuid
      )`);
    await db.query('CREATE INDEX refresh_token_family_idx ON refresh_token (family_id)');
    await db.query('CREATE INDEX refresh_token_person_idx ON refresh_token (person_id)');
    await db.query(`
      CREATE TABLE server_secret (
        name       text PRIMARY KEY,
        value      text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE server_secret');
    await db.query('DROP TABLE refresh_token');
  }
}
