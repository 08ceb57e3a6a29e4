import { readFileSync } from 'node:fs';
import pg from 'pg';
import type { EntityManager } from 'typeorm';
import { EngineState, replay } from '../../server/src/engine/index.js';
import { readRecordsWhere, type StoredRecord, toEngineRecord } from '../../server/src/persistence/event-store.js';
import { DEMO_PASSWORD } from '../support/api-client.js';

/** A BPMN fixture of this folder. */
export const fixture = (name: string): string => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

/** A response with its body parsed; `status` 0 when the request did not get an answer. */
export interface Reply<T = unknown> {
  status: number;
  body: T;
  headers: Headers;
  /** Why no answer came (connection refused or reset, timeout). */
  error?: string;
  ms: number;
}

export interface SendOptions {
  method?: string;
  token?: string;
  body?: unknown;
  raw?: string | Buffer;
  contentType?: string;
  idempotencyKey?: string;
  timeoutMs?: number;
}

/** One HTTP request with a time bound; never throws (network failures are status 0). */
export async function send<T = unknown>(baseUrl: string, path: string, options: SendOptions = {}): Promise<Reply<T>> {
  const headers: Record<string, string> = {};
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.idempotencyKey) headers['idempotency-key'] = options.idempotencyKey;
  let body: string | Buffer | undefined;
  if (options.raw !== undefined) {
    body = options.raw;
    headers['content-type'] = options.contentType ?? 'application/json';
  } else if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers['content-type'] = 'application/json';
  }
  const started = Date.now();
  try {
    const response = await fetch(`${baseUrl}${path}`, {
      method: options.method ?? (body === undefined ? 'GET' : 'POST'),
      headers,
      body,
      signal: AbortSignal.timeout(options.timeoutMs ?? 15_000),
    });
    const text = await response.text();
    const type = response.headers.get('content-type') ?? '';
    let parsed: unknown = text;
    if (/json/.test(type) && text) {
      try {
        parsed = JSON.parse(text);
      } catch {
        parsed = text;
      }
    }
    return { status: response.status, body: parsed as T, headers: response.headers, ms: Date.now() - started };
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    return { status: 0, body: undefined as T, headers: new Headers(), error: cause ?? (error as Error).name ?? String(error), ms: Date.now() - started };
  }
}

/** Signs in a demo person and returns the access token. */
export async function token(baseUrl: string, person: string): Promise<string> {
  const reply = await send<{ accessToken: string }>(baseUrl, '/api/auth/login', { body: { username: person, password: DEMO_PASSWORD } });
  if (reply.status !== 200) throw new Error(`sign-in of ${person} answered ${reply.status}: ${JSON.stringify(reply.body)}`);
  return reply.body.accessToken;
}

/** Deploys BPMN files as the process owner; fails the test unless 201. */
export async function deploy(baseUrl: string, ownerToken: string, files: Record<string, string>): Promise<void> {
  const reply = await send(baseUrl, '/api/deployments', {
    token: ownerToken,
    body: { resources: Object.entries(files).map(([name, content]) => ({ name, content })) },
  });
  if (reply.status !== 201) throw new Error(`deployment answered ${reply.status}: ${JSON.stringify(reply.body)}`);
}

/** Waits until `check` returns a value other than undefined/false, or fails with `what`. */
export async function waitFor<T>(what: string, check: () => Promise<T | undefined | false>, timeoutMs: number, everyMs = 100): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}

/** A direct PostgreSQL connection to a test database, for checks the API does not offer. */
export async function connect(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return client;
}

/** Lets the persistence layer's readers run on a plain `pg` client. */
const asManager = (client: pg.Client): EntityManager =>
  ({ query: async (sql: string, params?: unknown[]) => (await client.query(sql, params)).rows }) as unknown as EntityManager;

const sorted = <T>(values: T[]): T[] => [...values].sort((a, b) => String(a).localeCompare(String(b)));

/**
 * Replays every instance's log (after the deployments) and compares the rebuilt state with the
 * projections: instance state, open element instances, variables, user tasks, open subscriptions
 * (timers with their due dates) and open jobs. Also checks each log: sequences 1..n without gaps,
 * each record chained to the previous one, and the instance row's chain head on the last record.
 * Returns one line per disagreement (empty when all agree).
 */
export async function checkLogsAgainstProjections(client: pg.Client): Promise<{ problems: string[]; instances: number; records: number }> {
  const db = asManager(client);
  const problems: string[] = [];
  const deployments = await readRecordsWhere(db, 'instance_key IS NULL ORDER BY position', []);
  const state = replay(deployments.map(toEngineRecord), new EngineState());
  const all = await readRecordsWhere(db, 'instance_key IS NOT NULL ORDER BY instance_key, sequence', []);
  const byInstance = new Map<number, StoredRecord[]>();
  for (const record of all) {
    const list = byInstance.get(record.instanceKey!) ?? [];
    list.push(record);
    byInstance.set(record.instanceKey!, list);
  }
  const { rows: instanceRows } = await client.query<{ key: string; state: string; last_sequence: number; last_hash: string | null }>(
    'SELECT key, state, last_sequence, last_hash FROM process_instance ORDER BY key',
  );
  if (instanceRows.length !== byInstance.size) problems.push(`${instanceRows.length} instance rows but ${byInstance.size} instances in the log`);
  for (const [key, records] of byInstance) {
    records.forEach((record, index) => {
      if (record.sequence !== index + 1) problems.push(`instance ${key}: record ${index} has sequence ${record.sequence}`);
      const previous = index === 0 ? null : records[index - 1].hash;
      if (record.prevHash !== previous) problems.push(`instance ${key}: record ${record.sequence} is not chained to the previous one`);
    });
    replay(records.map(toEngineRecord), state);
  }
  const rows = async (sql: string) => (await client.query(sql)).rows as Record<string, unknown>[];
  const group = (list: Record<string, unknown>[], field = 'instance_key') => {
    const map = new Map<number, Record<string, unknown>[]>();
    for (const row of list) {
      const key = Number(row[field]);
      map.set(key, [...(map.get(key) ?? []), row]);
    }
    return map;
  };
  const elements = group(await rows('SELECT key, instance_key, element_id, state FROM element_instance WHERE ended_at IS NULL'));
  const tasks = group(await rows('SELECT key, instance_key, state, ended_at FROM user_task'));
  const subscriptions = group(await rows('SELECT key, instance_key, type, due_at FROM subscription WHERE instance_key IS NOT NULL'));
  const jobs = group(await rows('SELECT key, instance_key, state FROM job'));
  const variables = group(await rows('SELECT scope_key, instance_key, name, value FROM variable'));
  for (const row of instanceRows) {
    const key = Number(row.key);
    const records = byInstance.get(key) ?? [];
    const last = records[records.length - 1];
    if (row.last_sequence !== records.length || row.last_hash !== (last?.hash ?? null)) {
      problems.push(`instance ${key}: chain head ${row.last_sequence}/${row.last_hash} but the log ends at ${records.length}/${last?.hash}`);
    }
    const replayed = state.instances.get(key);
    if (replayed?.state !== row.state) problems.push(`instance ${key}: projection state ${row.state}, replayed ${replayed?.state}`);
    const expect = (what: string, projected: string[], rebuilt: string[]) => {
      const a = JSON.stringify(sorted(projected));
      const b = JSON.stringify(sorted(rebuilt));
      if (a !== b) problems.push(`instance ${key}: ${what} projected ${a}, replayed ${b}`);
    };
    expect('open elements', (elements.get(key) ?? []).map((e) => `${e.key}:${e.element_id}:${e.state}`),
      [...state.elementInstances.values()].filter((e) => e.instanceKey === key).map((e) => `${e.key}:${e.elementId}:${e.state}`));
    expect('user tasks', (tasks.get(key) ?? []).map((t) => `${t.key}:${t.state}`),
      [...state.userTasks.values()].filter((t) => t.instanceKey === key).map((t) => `${t.key}:${t.state}`));
    expect('subscriptions', (subscriptions.get(key) ?? []).map((s) => `${s.key}:${s.type}:${s.due_at ? (s.due_at as Date).getTime() : ''}`),
      [...state.subscriptions.values()].filter((s) => s.instanceKey === key).map((s) => `${s.key}:${s.type}:${s.dueDate ?? ''}`));
    expect('open jobs', (jobs.get(key) ?? []).map((j) => `${j.key}`),
      [...state.jobs.values()].filter((j) => j.instanceKey === key && j.state !== 'completed' && j.state !== 'cancelled').map((j) => `${j.key}`));
    if (row.state === 'active') expect('variables', (variables.get(key) ?? []).map((v) => `${v.scope_key}:${v.name}=${JSON.stringify(v.value)}`),
      [...state.variables.entries()].flatMap(([scope, values]) =>
        state.elementInstances.get(scope)?.instanceKey === key || scope === key ? [...values].map(([name, value]) => `${scope}:${name}=${JSON.stringify(value)}`) : []));
  }
  return { problems, instances: instanceRows.length, records: all.length };
}

/** Keys that occur more than once among the records of an intent (a step that ran twice). */
export async function repeatedRecords(client: pg.Client, intent: string, elementId?: string): Promise<string[]> {
  const { rows } = await client.query<{ key: string; n: number }>(
    `SELECT key, count(*)::int AS n FROM event_record WHERE intent = $1 AND ($2::text IS NULL OR element_id = $2) GROUP BY key HAVING count(*) > 1`,
    [intent, elementId ?? null],
  );
  return rows.map((row) => `${intent} ${row.key} x${row.n}`);
}
