/**
 * Part 2: PostgreSQL's limit for a durable step (one transaction: update one row, insert one event
 * row, insert one job row) against Hito's DurableRuntime moving instances through wait states.
 */
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../server/src/persistence/data-source.options.js';
import { DurableRuntime } from '../../server/src/runtime/durable-runtime.js';
import { HITO_MODDLE_EXTENSIONS } from '../../server/src/runtime/hito-schema.js';
import { SystemClock } from '../../server/src/runtime/system-clock.js';
import { QueryCounter, type QueryStat } from './query-counter.js';
import { SHAPES, type Shape } from './shapes.js';

export interface DurableRow {
  shape: string;
  concurrency: number;
  hito_steps_per_s: number;
  limit_steps_per_s: number;
  ratio: number;
  queries_per_step?: number;
}

export interface LoadBounds {
  /** Stop after this long. */
  ms: number;
  /** ...or after this many steps in total. */
  maxSteps: number;
}

/** Runs `workers` loops until the time or step bound; returns steps per second. */
async function drive(workers: number, bounds: LoadBounds, step: (worker: number) => Promise<number>): Promise<{ steps: number; perSecond: number }> {
  let steps = 0;
  const started = performance.now();
  const deadline = started + bounds.ms;
  await Promise.all(Array.from({ length: workers }, async (_, worker) => {
    while (performance.now() < deadline && steps < bounds.maxSteps) {
      const done = await step(worker); // not `steps += await ...`: that reads `steps` before the await and loses counts
      steps += done;
    }
  }));
  const seconds = (performance.now() - started) / 1000;
  return { steps, perSecond: steps / seconds };
}

/** The plain-pg loop: per step, one transaction with one UPDATE and two INSERTs. */
export async function measureLimit(url: string, concurrency: number, bounds: LoadBounds): Promise<number> {
  const pool = new pg.Pool({ connectionString: url, max: concurrency });
  try {
    await pool.query(`
      CREATE TABLE IF NOT EXISTS limit_instance (id bigint PRIMARY KEY, state integer NOT NULL, updated_at timestamptz NOT NULL);
      CREATE TABLE IF NOT EXISTS limit_event (position bigserial PRIMARY KEY, instance_id bigint NOT NULL, intent text NOT NULL, value jsonb NOT NULL, at timestamptz NOT NULL);
      CREATE TABLE IF NOT EXISTS limit_job (key bigserial PRIMARY KEY, instance_id bigint NOT NULL, type text NOT NULL, due_at timestamptz NOT NULL);
      TRUNCATE limit_instance, limit_event, limit_job;
      INSERT INTO limit_instance SELECT g, 0, now() FROM generate_series(1, 1000) g;`);
    const clients = await Promise.all(Array.from({ length: concurrency }, () => pool.connect()));
    const counters = clients.map(() => 0);
    try {
      const step = async (worker: number) => {
        const client = clients[worker];
        const instance = worker * 50 + (counters[worker]++ % 50) + 1; // each worker updates its own rows
        await client.query('BEGIN');
        await client.query('UPDATE limit_instance SET state = state + 1, updated_at = now() WHERE id = $1', [instance]);
        await client.query('INSERT INTO limit_event (instance_id, intent, value, at) VALUES ($1, $2, $3, now())', [instance, 'STEP', JSON.stringify({ step: counters[worker] })]);
        await client.query(`INSERT INTO limit_job (instance_id, type, due_at) VALUES ($1, 'bench', now())`, [instance]);
        await client.query('COMMIT');
        return 1;
      };
      await drive(concurrency, { ms: 300, maxSteps: 1000 }, step); // warm-up
      return (await drive(concurrency, bounds, step)).perSecond;
    } finally {
      for (const client of clients) client.release();
    }
  } finally {
    await pool.end();
  }
}

/** A DurableRuntime on its own DataSource (pool large enough for the concurrency), shapes deployed. */
export async function openRuntime(url: string, poolSize: number, shapes: Shape[]): Promise<{ runtime: DurableRuntime; dataSource: DataSource; counter: QueryCounter }> {
  const dataSource = new DataSource({ ...dataSourceOptions(url), poolSize } as ConstructorParameters<typeof DataSource>[0]);
  await dataSource.initialize();
  const counter = new QueryCounter();
  counter.attach(dataSource);
  const runtime = new DurableRuntime({ dataSource, clock: new SystemClock(), moddleExtensions: HITO_MODDLE_EXTENSIONS });
  await runtime.deploy(shapes.map((shape) => ({ name: `${shape.id}.bpmn`, content: shape.xml })), { kind: 'system', id: 'bench' });
  return { runtime, dataSource, counter };
}

const actor = { kind: 'person' as const, id: 'bench' };

/** One instance of a shape through its wait states; returns the committed wait-state transitions. */
export async function moveInstance(runtime: DurableRuntime, shape: Shape): Promise<number> {
  const started = await runtime.execute({ type: 'CreateInstance', bpmnProcessId: shape.processId }, { actor });
  const task = started.records.find((record) => record.intent === 'USER_TASK_CREATED');
  if (!task) return 1;
  await runtime.execute({ type: 'CompleteUserTask', userTaskKey: task.key }, { actor });
  return 2;
}

/** Hito's steps per second for a shape and concurrency, plus the statements per step. */
export async function measureHito(runtime: DurableRuntime, counter: QueryCounter, shape: Shape, concurrency: number, bounds: LoadBounds): Promise<{ perSecond: number; queriesPerStep: number; top: QueryStat[] }> {
  for (let i = 0; i < 5; i++) await moveInstance(runtime, shape); // warm-up
  counter.reset();
  counter.enabled = true;
  const { perSecond, steps } = await drive(concurrency, bounds, () => moveInstance(runtime, shape));
  counter.enabled = false;
  return { perSecond, queriesPerStep: counter.total / steps, top: counter.top() };
}

export const DURABLE_SHAPES = SHAPES.filter((shape) => shape.id === 'a-user-task' || shape.id === 'b-ten-tasks');
