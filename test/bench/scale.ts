/**
 * Part 4: scale. N waiting instances, each with one open user task (assigned to one of ten
 * institutions) and one non-interrupting boundary timer; all N timers fall due in the same minute.
 * Seeded with the runtime itself (real records, hash chains and projections), many instance starts
 * per transaction. Then: memory, the inbox of one institution over HTTP and its SQL under load, and
 * the lag of the timers firing.
 */
import { performance } from 'node:perf_hooks';
import { DataSource } from 'typeorm';
import type { Clock } from '../../server/src/engine/time/clock.js';
import { dataSourceOptions } from '../../server/src/persistence/data-source.options.js';
import { taskQueries } from '../../server/src/inbox/task.queries.js';
import { DirectoryService } from '../../server/src/directory/directory.service.js';
import { DurableRuntime } from '../../server/src/runtime/durable-runtime.js';
import { HITO_MODDLE_EXTENSIONS } from '../../server/src/runtime/hito-schema.js';
import { fireDueTimers } from '../../server/src/runtime/timer-firing.js';
import { assignedTaskProcess, call, signIn, startApp } from './http.js';
import { percentile } from './stats.js';

/** Ten institutions of the demo directory; the tasks are spread evenly over them. */
const INSTITUTIONS = ['colombia-productiva', 'mincit', 'invima', 'sena', 'minsalud', 'prochile', 'corfo', 'indap', 'sercotec', 'camtic'];

/** A clock the benchmark steers: fixed while seeding, wall time plus an offset while firing. */
class BenchClock implements Clock {
  fixed?: number;
  offset = 0;
  now(): number {
    return this.fixed ?? Date.now() + this.offset;
  }
}

export interface ScaleFigures {
  instances: number;
  open_user_tasks: number;
  seed: string;
  seed_seconds: number;
  seed_instances_per_s: number;
  database_mb: number;
  event_records: number;
  node_rss_mb: number;
  node_heap_used_mb: number;
  inbox: { person: string; institution_tasks: number; clients: number; requests: number; errors: number; http_p50_ms: number; http_p95_ms: number; sql_p50_ms: number; sql_p95_ms: number };
}

export interface TimerFigures {
  timers: number;
  due_within_ms: number;
  pollers: number;
  fired: number;
  fired_exactly_once: boolean;
  duplicates: number;
  missing: number;
  lag_p50_ms: number;
  lag_p99_ms: number;
  lag_max_ms: number;
  drain_seconds: number;
  fired_counted_by_pollers: number;
  /** Whether every timer fired before the time bound. */
  drained: boolean;
  timers_per_s: number;
}

async function loadFor(clients: number, ms: number, maxRequests: number, work: () => Promise<number>): Promise<{ latencies: number[]; errors: number }> {
  const latencies: number[] = [];
  let errors = 0;
  const deadline = performance.now() + ms;
  await Promise.all(Array.from({ length: clients }, async () => {
    while (performance.now() < deadline && latencies.length + errors < maxRequests) {
      try {
        latencies.push(await work());
      } catch {
        errors++;
      }
    }
  }));
  return { latencies, errors };
}

export async function benchScale(databaseUrl: string, count: number, options: { inboxMs: number; timerBoundMs: number }, log: (line: string) => void): Promise<{ scale: ScaleFigures; timers: TimerFigures }> {
  const app = await startApp(databaseUrl); // runs the migrations and loads the demo directory
  const clock = new BenchClock();
  const dataSource = await new DataSource({ ...dataSourceOptions(databaseUrl), poolSize: 8 } as ConstructorParameters<typeof DataSource>[0]).initialize();
  let appOpen = true;
  try {
    const runtime = new DurableRuntime({ dataSource, clock, moddleExtensions: HITO_MODDLE_EXTENSIONS });
    // Far enough ahead that the app's own timer poller (wall clock) never sees these timers due.
    const t0 = Date.now() + 2 * 24 * 3600_000;
    clock.fixed = t0;
    const actor = { kind: 'system' as const, id: 'bench-seed' };
    await runtime.deploy(INSTITUTIONS.map((institution, index) => ({ name: `scale-${index}.bpmn`, content: assignedTaskProcess(`bench_scale_${index}`, institution, 'lider-tecnico', 'PT1H') })), actor);

    // Seed: batches of instance starts, each batch one transaction; two batches at a time.
    const perTransaction = 100;
    let next = 0;
    const seedStart = performance.now();
    await Promise.all([0, 1].map(async () => {
      while (next < count) {
        const from = next;
        next = Math.min(count, next + perTransaction);
        const to = next;
        await runtime.transaction(async (db) => {
          for (let i = from; i < to; i++) {
            clock.fixed = t0 + Math.floor((i * 60_000) / count); // due dates spread over one minute
            await runtime.executeIn(db, { type: 'CreateInstance', bpmnProcessId: `bench_scale_${i % INSTITUTIONS.length}` }, { actor });
          }
        });
      }
    }));
    const seedSeconds = (performance.now() - seedStart) / 1000;
    log(`  scale: seeded ${count} instances in ${seedSeconds.toFixed(1)} s (${(count / seedSeconds).toFixed(0)}/s)`);
    clock.fixed = undefined;

    const [{ tasks }] = await dataSource.query(`SELECT count(*)::int AS tasks FROM user_task WHERE ended_at IS NULL`);
    const [{ waiting }] = await dataSource.query(`SELECT count(*)::int AS waiting FROM process_instance WHERE state = 'active'`);
    const [{ records }] = await dataSource.query(`SELECT count(*)::int AS records FROM event_record`);
    const [{ bytes }] = await dataSource.query(`SELECT pg_database_size(current_database())::bigint AS bytes`);
    if (tasks !== count || waiting !== count) throw new Error(`seeded ${waiting} instances and ${tasks} tasks, expected ${count}`);

    // Inbox of one person (technical lead of one institution) over HTTP, under concurrent load.
    const token = await signIn(app.baseUrl, 'felipe-ortiz');
    const probe = await call<{ total: number }>(app.baseUrl, '/api/user-tasks?candidate=me', { token });
    const clients = 16;
    const http = await loadFor(clients, options.inboxMs, 100_000, async () => {
      const response = await call<{ total: number }>(app.baseUrl, '/api/user-tasks?candidate=me', { token });
      if (response.status !== 200) throw new Error(String(response.status));
      return response.ms;
    });
    // The SQL behind it, straight on the pool, same concurrency.
    const candidacy = await app.app.get(DirectoryService).candidatesFor('felipe-ortiz', new Date());
    const sql = await loadFor(clients, options.inboxMs, 100_000, async () => {
      const started = performance.now();
      await taskQueries.list(dataSource.manager, { candidacy });
      return performance.now() - started;
    });
    const memory = process.memoryUsage();
    const scale: ScaleFigures = {
      instances: waiting,
      open_user_tasks: tasks,
      seed: 'DurableRuntime.executeIn, 100 instance starts per transaction, 2 transactions at a time (real records, hash chains, projections)',
      seed_seconds: seedSeconds,
      seed_instances_per_s: count / seedSeconds,
      database_mb: Number(bytes) / 1048576,
      event_records: records,
      node_rss_mb: memory.rss / 1048576,
      node_heap_used_mb: memory.heapUsed / 1048576,
      inbox: {
        person: 'felipe-ortiz (colombia-productiva, lider-tecnico)',
        institution_tasks: probe.body.total,
        clients,
        requests: http.latencies.length,
        errors: http.errors + sql.errors,
        http_p50_ms: percentile(http.latencies, 50),
        http_p95_ms: percentile(http.latencies, 95),
        sql_p50_ms: percentile(sql.latencies, 50),
        sql_p95_ms: percentile(sql.latencies, 95),
      },
    };
    log(`  scale: inbox total ${probe.body.total}, HTTP p95 ${scale.inbox.http_p95_ms.toFixed(1)} ms, SQL p95 ${scale.inbox.sql_p95_ms.toFixed(1)} ms, db ${scale.database_mb.toFixed(0)} MB`);
    await app.close();
    appOpen = false;

    // Timers: every one falls due within the same minute; the clock runs at wall speed from the first.
    const due: { key: string; due_at: Date }[] = await dataSource.query(`SELECT key, due_at FROM subscription WHERE type = 'timer' ORDER BY due_at`);
    const dueByKey = new Map(due.map((row) => [Number(row.key), row.due_at.getTime()]));
    const firstDue = due[0].due_at.getTime();
    const lastDue = due[due.length - 1].due_at.getTime();
    clock.offset = firstDue - Date.now();
    const pollers = 2;
    const drainStart = performance.now();
    const drainDeadline = drainStart + options.timerBoundMs;
    let fired = 0;
    let drained = false;
    await Promise.all(Array.from({ length: pollers }, async () => {
      while (performance.now() < drainDeadline && !drained) {
        const got = await fireDueTimers(runtime);
        fired += got;
        if (got > 0) continue;
        if (clock.now() > lastDue) {
          const [{ left }] = await dataSource.query(`SELECT count(*)::int AS left FROM subscription WHERE type = 'timer'`);
          if (left === 0) drained = true;
        }
        if (!drained) await new Promise((resolve) => setTimeout(resolve, 20)); // nothing due yet
      }
    }));
    const drainSeconds = (performance.now() - drainStart) / 1000;
    const triggered: { key: string; times: number; at: Date }[] = await dataSource.query(
      `SELECT key, count(*)::int AS times, min(logical_time) AS at FROM event_record
       WHERE intent = 'SUBSCRIPTION_TRIGGERED' AND key = ANY($1::bigint[]) GROUP BY key`,
      [[...dueByKey.keys()]],
    );
    const lags = triggered.map((row) => row.at.getTime() - dueByKey.get(Number(row.key))!);
    const duplicates = triggered.filter((row) => row.times > 1).length;
    const timers: TimerFigures = {
      timers: dueByKey.size,
      due_within_ms: lastDue - firstDue,
      pollers,
      fired: triggered.length,
      fired_exactly_once: duplicates === 0 && triggered.length === dueByKey.size,
      duplicates,
      missing: dueByKey.size - triggered.length,
      lag_p50_ms: percentile(lags, 50),
      lag_p99_ms: percentile(lags, 99),
      lag_max_ms: Math.max(...lags),
      drain_seconds: drainSeconds,
      fired_counted_by_pollers: fired,
      drained: triggered.length === dueByKey.size,
      timers_per_s: triggered.length / drainSeconds,
    };
    log(`  timers: ${timers.fired}/${timers.timers} fired in ${drainSeconds.toFixed(1)} s, lag p50 ${(timers.lag_p50_ms / 1000).toFixed(1)} s, p99 ${(timers.lag_p99_ms / 1000).toFixed(1)} s, exactly once: ${timers.fired_exactly_once}`);
    return { scale, timers };
  } finally {
    if (appOpen) await app.close();
    await dataSource.destroy();
  }
}
