import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';

/**
 * A digest of every row of every table in the public schema (except the migrations log): two
 * equal fingerprints mean a call changed nothing stored. Tables listed in `ignore` are skipped
 * (for example `refresh_token` when a test signs in between).
 */
export async function databaseFingerprint(app: INestApplicationContext, ignore: string[] = []): Promise<Record<string, string>> {
  const db = app.get(DataSource);
  const tables = (await db.query(
    `SELECT table_name FROM information_schema.tables
     WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> 'migrations' ORDER BY table_name`,
  )) as { table_name: string }[];
  const result: Record<string, string> = {};
  for (const { table_name: table } of tables) {
    if (ignore.includes(table)) continue;
    const [row] = (await db.query(
      `SELECT count(*)::text || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') AS digest FROM "${table}" t`,
    )) as { digest: string }[];
    result[table] = row.digest;
  }
  return result;
}
