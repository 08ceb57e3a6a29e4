/**
 * Part 3: latency of the real HTTP API under load: concurrent clients each start an instance (as a
 * process owner), find its task in the lead's inbox, and complete it (as the technical lead).
 */
import { performance } from 'node:perf_hooks';
import { assignedTaskProcess, call, signIn, startApp } from './http.js';
import { percentile } from './stats.js';

export interface ApiFigures {
  p50_ms: number;
  p95_ms: number;
  p99_ms: number;
  errors: number;
  requests: number;
  requests_per_s: number;
  clients: number;
  seconds: number;
  instances_completed: number;
  by_request: Record<string, { count: number; p50_ms: number; p95_ms: number; p99_ms: number }>;
  first_errors: string[];
}

export async function benchApi(databaseUrl: string, clients: number, seconds: number, log: (line: string) => void): Promise<ApiFigures> {
  const server = await startApp(databaseUrl);
  try {
    const owner = await signIn(server.baseUrl, 'ramiro-duarte');
    const lead = await signIn(server.baseUrl, 'felipe-ortiz');
    const deployed = await call(server.baseUrl, '/api/deployments', {
      method: 'POST',
      token: owner,
      body: { resources: [{ name: 'bench-api.bpmn', content: assignedTaskProcess('bench_api', 'colombia-productiva', 'lider-tecnico') }] },
    });
    if (deployed.status !== 201) throw new Error(`deployment answered ${deployed.status}: ${JSON.stringify(deployed.body)}`);

    const latencies: Record<string, number[]> = { start: [], inbox: [], complete: [] };
    const errors: string[] = [];
    let completed = 0;
    const deadline = performance.now() + seconds * 1000;
    const maxIterations = 1_000_000; // a bound besides time
    let iterations = 0;
    const began = performance.now();
    const expect = (kind: string, status: number, wanted: number, body: unknown) => {
      if (status !== wanted) errors.push(`${kind}: ${status} ${JSON.stringify(body).slice(0, 200)}`);
      return status === wanted;
    };
    await Promise.all(Array.from({ length: clients }, async (_, client) => {
      while (performance.now() < deadline && iterations++ < maxIterations) {
        try {
          const started = await call<{ key: string }>(server.baseUrl, '/api/instances', { method: 'POST', token: owner, body: { bpmnProcessId: 'bench_api', businessKey: `API-${client}-${iterations}`, variables: { client } } });
          latencies.start.push(started.ms);
          if (!expect('start', started.status, 201, started.body)) continue;
          const inbox = await call<{ items: { key: string }[] }>(server.baseUrl, `/api/user-tasks?candidate=me&instanceKey=${started.body.key}`, { token: lead });
          latencies.inbox.push(inbox.ms);
          if (!expect('inbox', inbox.status, 200, inbox.body) || inbox.body.items.length !== 1) {
            if (inbox.status === 200) errors.push(`inbox: ${inbox.body.items.length} tasks for instance ${started.body.key}`);
            continue;
          }
          const done = await call(server.baseUrl, `/api/user-tasks/${inbox.body.items[0].key}/complete`, { method: 'POST', token: lead, body: { variables: { aprobado: true } } });
          latencies.complete.push(done.ms);
          if (expect('complete', done.status, 200, done.body)) completed++;
        } catch (error) {
          errors.push(`request failed: ${(error as Error).message}`);
        }
      }
    }));
    const elapsed = (performance.now() - began) / 1000;
    const all = [...latencies.start, ...latencies.inbox, ...latencies.complete];
    const figures: ApiFigures = {
      p50_ms: percentile(all, 50),
      p95_ms: percentile(all, 95),
      p99_ms: percentile(all, 99),
      errors: errors.length,
      requests: all.length,
      requests_per_s: all.length / elapsed,
      clients,
      seconds: elapsed,
      instances_completed: completed,
      by_request: Object.fromEntries(Object.entries(latencies).map(([kind, values]) => [kind, { count: values.length, p50_ms: percentile(values, 50), p95_ms: percentile(values, 95), p99_ms: percentile(values, 99) }])),
      first_errors: errors.slice(0, 5),
    };
    log(`  api: ${all.length} requests in ${elapsed.toFixed(1)} s, p50 ${figures.p50_ms.toFixed(1)} ms, p95 ${figures.p95_ms.toFixed(1)} ms, p99 ${figures.p99_ms.toFixed(1)} ms, errors ${errors.length}`);
    return figures;
  } finally {
    await server.close();
  }
}
