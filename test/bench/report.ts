/** The console table of a benchmark report. */
import type { BenchReport } from './run.js';

const fixed = (value: number | undefined, digits = 0) => (value === undefined || Number.isNaN(value) ? '-' : value.toFixed(digits));

function table(headers: string[], rows: string[][]): string {
  const widths = headers.map((header, column) => Math.max(header.length, ...rows.map((row) => row[column].length)));
  const line = (cells: string[]) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ');
  return [line(headers), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}

export function printReport(report: BenchReport, log: (line: string) => void): void {
  const m = report.machine;
  log('');
  log(`== Hito benchmark (${report.mode}) — ${m.cores} cores (${m.cpu}), ${m.memory_gb} GB, Node ${m.node}, PostgreSQL ${m.postgresql}`);
  if (report.core.length > 0) {
    log('\nEngine core vs bpmn-engine 25 (instances/s, median of runs; target ratio >= 10x)');
    log(table(['shape', 'hito/s', 'bpmn-engine/s', 'ratio', 'target'], report.core.map((row) => [row.shape, fixed(row.hito_per_s), fixed(row.peer_per_s, 1), `${fixed(row.ratio, 1)}x`, row.ratio >= 10 ? 'met' : 'NOT met'])));
  }
  if (report.durable.length > 0) {
    log('\nDurable runtime vs PostgreSQL limit (committed wait-state transitions/s; target >= 50%)');
    log(table(['shape', 'C', 'hito steps/s', 'limit steps/s', 'ratio', 'stmts/step', 'target'], report.durable.map((row) => [row.shape, String(row.concurrency), fixed(row.hito_steps_per_s), fixed(row.limit_steps_per_s), `${fixed(row.ratio * 100)}%`, fixed(row.queries_per_step, 1), row.ratio >= 0.5 ? 'met' : 'NOT met'])));
  }
  if (report.api) {
    const a = report.api;
    log(`\nAPI under load (${a.clients} clients, ${fixed(a.seconds, 1)} s, ${a.requests} requests, ${fixed(a.requests_per_s)} req/s, ${a.instances_completed} instances completed)`);
    log(table(['request', 'count', 'p50 ms', 'p95 ms', 'p99 ms'], [
      ...Object.entries(a.by_request).map(([kind, stats]) => [kind, String(stats.count), fixed(stats.p50_ms, 1), fixed(stats.p95_ms, 1), fixed(stats.p99_ms, 1)]),
      ['all', String(a.requests), fixed(a.p50_ms, 1), fixed(a.p95_ms, 1), fixed(a.p99_ms, 1)],
    ]));
    log(`errors: ${a.errors}${a.errors > 0 ? ` (${a.first_errors.join(' | ')})` : ''}`);
  }
  if (report.scale) {
    const s = report.scale;
    log(`\nScale: ${s.instances} waiting instances, ${s.open_user_tasks} open user tasks (seeded with the runtime at ${fixed(s.seed_instances_per_s)}/s)`);
    log(`  database ${fixed(s.database_mb)} MB (${s.event_records} event records); bench process RSS ${fixed(s.node_rss_mb)} MB, heap ${fixed(s.node_heap_used_mb)} MB`);
    log(`  inbox of ${s.inbox.person}: ${s.inbox.institution_tasks} tasks; ${s.inbox.clients} clients, ${s.inbox.requests} requests, errors ${s.inbox.errors}`);
    log(`    HTTP GET /api/user-tasks?candidate=me  p50 ${fixed(s.inbox.http_p50_ms, 1)} ms  p95 ${fixed(s.inbox.http_p95_ms, 1)} ms`);
    log(`    SQL (taskQueries.list)                  p50 ${fixed(s.inbox.sql_p50_ms, 1)} ms  p95 ${fixed(s.inbox.sql_p95_ms, 1)} ms`);
  }
  if (report.timers) {
    const t = report.timers;
    log(`\nTimers: ${t.timers} due within ${fixed(t.due_within_ms / 1000, 1)} s; ${t.pollers} pollers (fireDueTimers)`);
    log(`  fired ${t.fired} in ${fixed(t.drain_seconds, 1)} s (${fixed(t.timers_per_s)}/s); lag p50 ${fixed(t.lag_p50_ms)} ms, p99 ${fixed(t.lag_p99_ms)} ms, max ${fixed(t.lag_max_ms)} ms; duplicates ${t.duplicates}; not fired within the bound ${t.missing}; all exactly once: ${t.fired_exactly_once ? 'yes' : 'no'}`);
  }
}
