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

/** Reads a column of type `type` out of the JSON object `d`. */
function field(column: string, type: string): string {
  if (type === 'jsonb') return `d->'${column}'`;
  if (type === 'text[]') return `ARRAY(SELECT jsonb_array_elements_text(d->'${column}'))`;
  return `(d->>'${column}')::${type}`;
}

/** Binds a parameter value, returning its placeholder (`$n`). */
export type Bind = (value: unknown) => string;

function insertStatement(table: Table, param: string): string {
  const columns = Object.entries(TABLES[table] as Columns);
  return `INSERT INTO ${table} (${columns.map(([name]) => name).join(', ')})
      SELECT ${columns.map(([name, type]) => field(name, type)).join(', ')} FROM jsonb_array_elements(${param}::jsonb) AS d`;
}

function updateStatement(table: Table, param: string): string {
  const columns = Object.entries(TABLES[table] as Columns).filter(([name]) => name !== 'key');
  const sets = columns.map(([name, type]) => `${name} = CASE WHEN d ? '${name}' THEN ${field(name, type)} ELSE t.${name} END`);
  return `UPDATE ${table} AS t SET ${sets.join(', ')} FROM jsonb_array_elements(${param}::jsonb) AS d WHERE t.key = (d->>'key')::bigint`;
}

function tableStatements(table: Table, changes: TableChanges<{ key: number }>, bind: Bind, extraDelete?: string): string[] {
  const statements: string[] = [];
  if (changes.inserted.size > 0) statements.push(insertStatement(table, bind(JSON.stringify([...changes.inserted.values()]))));
  if (changes.updated.size > 0) statements.push(updateStatement(table, bind(JSON.stringify([...changes.updated.values()]))));
  const deletes = changes.deleted.size > 0 ? [`key = ANY(${bind([...changes.deleted])}::bigint[])`] : [];
  if (extraDelete) deletes.push(extraDelete);
  if (deletes.length > 0) statements.push(`DELETE FROM ${table} WHERE ${deletes.join(' OR ')}`);
  return statements;
}

/**
 * The statements that write a batch's projection changes, with their parameters bound through
 * `bind`, so that the caller can run them together with the event insert in one round trip (as
 * data-modifying CTEs: each table's new, changed and removed rows are disjoint, so one statement
 * may hold them all). Escalations merge arrays of rows the other statements may touch: they are
 * returned apart, to run after.
 */
export function projectionStatements(changes: ProjectionChanges, bind: Bind): { statements: string[]; after: { sql: string; params: unknown[] }[] } {
  const fired = changes.firedTimers.size > 0 ? `(type = 'timer' AND key = ANY(${bind([...changes.firedTimers])}::bigint[]))` : undefined;
  const statements = [
    ...tableStatements('process_instance', changes.instances, bind),
    ...tableStatements('element_instance', changes.elementInstances, bind),
    ...tableStatements('subscription', changes.subscriptions, bind, fired),
    ...tableStatements('job', changes.jobs, bind),
    ...tableStatements('user_task', changes.userTasks, bind),
    ...tableStatements('incident', changes.incidents, bind),
  ];
  if (changes.variables.size > 0) {
    statements.push(`INSERT INTO variable (scope_key, name, instance_key, value, updated_at)
       SELECT (d->>'scope_key')::bigint, d->>'name', (d->>'instance_key')::bigint, d->'value', (d->>'updated_at')::timestamptz
       FROM jsonb_array_elements(${bind(JSON.stringify([...changes.variables.values()]))}::jsonb) AS d
       ON CONFLICT (scope_key, name) DO UPDATE SET value = EXCLUDED.value, updated_at = EXCLUDED.updated_at`);
  }
  const merged = (column: string, index: number) =>
    `${column} = ${column} || ARRAY(SELECT x FROM unnest($${index}::text[]) AS x WHERE NOT x = ANY(${column}))`;
  const after = changes.escalations.map((escalation) => ({
    sql: `UPDATE user_task SET ${merged('candidate_institutions', 2)}, ${merged('candidate_roles', 3)}, ${merged('candidate_people', 4)} WHERE key = $1`,
    params: [escalation.key, escalation.institutions, escalation.roles, escalation.people] as unknown[],
  }));
  return { statements, after };
}

/**
 * Runs statements as one: the first may return rows (`RETURNING`), which are the result; the
 * others run as data-modifying CTEs in the same statement.
 */
export async function runTogether<T>(db: EntityManager, statements: string[], params: unknown[]): Promise<T[]> {
  if (statements.length === 0) return [];
  if (statements.length === 1) return db.query(statements[0], params);
  const ctes = statements.map((statement, index) => `w${index} AS (${statement})`).join(',\n');
  return db.query(`WITH ${ctes} SELECT * FROM w0`, params);
}
