import type { EntityManager } from 'typeorm';
import type { ProjectionChanges, TableChanges } from './projection-changes.js';

/** Column name -> PostgreSQL type, for reading rows out of a JSON parameter. */
type Columns = Record<string, string>;

const TABLES = {
  process_instance: {
    key: 'bigint', process_definition_key: 'bigint', bpmn_process_id: 'text', version: 'integer', state: 'text',
    parent_instance_key: 'bigint', parent_element_instance_key: 'bigint', started_at: 'timestamptz', ended_at: 'timestamptz',
    outcome: 'jsonb', business_key: 'text', started_by: 'jsonb', last_sequence: 'integer', last_hash: 'text',
  },
  element_instance: {
    key: 'bigint', instance_key: 'bigint', element_id: 'text', element_kind: 'text', scope_key: 'bigint', state: 'text',
    activated_at: 'timestamptz', ended_at: 'timestamptz',
  },
  subscription: {
    key: 'bigint', type: 'text', instance_key: 'bigint', process_definition_key: 'bigint', owner_key: 'bigint',
    element_id: 'text', name: 'text', correlation_key: 'text', due_at: 'timestamptz',
  },
  job: {
    key: 'bigint', type: 'text', instance_key: 'bigint', element_instance_key: 'bigint', element_id: 'text', state: 'text',
    retries: 'integer', headers: 'jsonb', error_message: 'text', created_at: 'timestamptz',
  },
  user_task: {
    key: 'bigint', instance_key: 'bigint', element_instance_key: 'bigint', element_id: 'text', name: 'text', state: 'text',
    assignee: 'text', candidate_institutions: 'text[]', candidate_roles: 'text[]', candidate_people: 'text[]',
    due_at: 'timestamptz', follow_up_at: 'timestamptz', priority: 'integer', form_id: 'text', created_at: 'timestamptz',
    ended_at: 'timestamptz', completed_by: 'text',
  },
  incident: {
    key: 'bigint', instance_key: 'bigint', element_instance_key: 'bigint', element_id: 'text', job_key: 'bigint',
    error_type: 'text', message: 'text', state: 'text', created_at: 'timestamptz', resolved_at: 'timestamptz',
  },
} satisfies Record<string, Columns>;

type Table = keyof typeof TABLES;

const sqlCache = new Map<string, string>();

function cached(id: string, build: () => string): string {
  let sql = sqlCache.get(id);
  if (!sql) sqlCache.set(id, (sql = build()));
  return sql;
}

/** Reads a column of type `type` out of the JSON object `d`. */
function field(column: string, type: string): string {
  if (type === 'jsonb') return `d->'${column}'`;
  if (type === 'text[]') return `ARRAY(SELECT jsonb_array_elements_text(d->'${column}'))`;
  return `(d->>'${column}')::${type}`;
}

function insertSql(table: Table): string {
  return cached(`insert:${table}`, () => {
    const columns = Object.entries(TABLES[table] as Columns);
    return `INSERT INTO ${table} (${columns.map(([name]) => name).join(', ')})
      SELECT ${columns.map(([name, type]) => field(name, type)).join(', ')} FROM jsonb_array_elements($1::jsonb) AS d`;
  });
}

function updateSql(table: Table): string {
  return cached(`update:${table}`, () => {
    const columns = Object.entries(TABLES[table] as Columns).filter(([name]) => name !== 'key');
    const sets = columns.map(([name, type]) => `${name} = CASE WHEN d ? '${name}' THEN ${field(name, type)} ELSE t.${name} END`);
    return `UPDATE ${table} AS t SET ${sets.join(', ')} FROM jsonb_array_elements($1::jsonb) AS d WHERE t.key = (d->>'key')::bigint`;
  });
}

async function writeTable(db: EntityManager, table: Table, changes: TableChanges<{ key: number }>): Promise<void> {
  if (changes.inserted.size > 0) await db.query(insertSql(table), [JSON.stringify([...changes.inserted.values()])]);
  if (changes.updated.size > 0) await db.query(updateSql(table), [JSON.stringify([...changes.updated.values()])]);
  if (changes.deleted.size > 0) await db.query(`DELETE FROM ${table} WHERE key = ANY($1::bigint[])`, [[...changes.deleted]]);
}

/** Writes a batch's projection changes inside the caller's transaction. */
export async function writeProjections(db: EntityManager, changes: ProjectionChanges): Promise<void> {
  await writeTable(db, 'process_instance', changes.instances);
  await writeTable(db, 'element_instance', changes.elementInstances);
  await writeTable(db, 'subscription', changes.subscriptions);
  if (changes.firedTimers.size > 0) {
    await db.query(`DELETE FROM subscription WHERE key = ANY($1::bigint[]) AND type = 'timer'`, [[...changes.firedTimers]]);
  }
  await writeTable(db, 'job', changes.jobs);
  await writeTable(db, 'user_task', changes.userTasks);
  for (const escalation of changes.escalations) {
    const merged = (column: string, index: number) =>
      `${column} = ${column} || ARRAY(SELECT x FROM unnest($${index}::text[]) AS x WHERE NOT x = ANY(${column}))`;
    await db.query(
      `UPDATE user_task SET ${merged('candidate_institutions', 2)}, ${merged('candidate_roles', 3)}, ${merged('candidate_people', 4)} WHERE key = $1`,
      [escalation.key, escalation.institutions, escalation.roles, escalation.people],
    );
  }
  await writeTable(db, 'incident', changes.incidents);
  if (changes.variables.size > 0) {
    await db.query(
      `INSERT INTO variable (scope_key, name, instance_key, value, updated_at)
       SELECT (d->>'scope_key')::bigint, d->>'name', (d->>'instance_key')::bigint, d->'value', (d->>'updated_at')::timestamptz
       FROM jsonb_array_elements($1::jsonb) AS d
       ON CONFLICT (scope_key, name) DO UPDATE SET value = EXCLUDED.value, updated_at = EXCLUDED.updated_at`,
      [JSON.stringify([...changes.variables.values()])],
    );
  }
}
