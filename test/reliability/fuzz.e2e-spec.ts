import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type pg from 'pg';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { startServerProcess, stopAllServerProcesses, type ServerProcess } from '../support/server-process.js';
import { connect, deploy, fixture, type Reply, send, token } from './harness.js';
import { between, mutate, pick, seeded, wrongValue } from './mutations.js';

/** `HITO_FUZZ_CASES` raises the number of cases (BPMN files plus API payloads); `npm test` runs this many. */
const CASES = Number(process.env.HITO_FUZZ_CASES ?? 900);
const SEED = Number(process.env.HITO_FUZZ_SEED ?? 20260);
const ANSWER_BOUND_MS = 20_000;
const REPO = fileURLToPath(new URL('../..', import.meta.url));

function bpmnFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return bpmnFiles(path);
    return name.endsWith('.bpmn') ? [path] : [];
  });
}

/** What makes an answer acceptable: a success, or a 4xx problem document with a message. */
function verdict(reply: Reply, accepted: number[]): string | undefined {
  if (reply.status === 0) return `no answer (${reply.error}) after ${reply.ms} ms`;
  if (reply.ms > ANSWER_BOUND_MS) return `answered after ${reply.ms} ms`;
  if (accepted.includes(reply.status)) return undefined;
  if (reply.status < 400 || reply.status >= 500) return `status ${reply.status}: ${JSON.stringify(reply.body).slice(0, 300)}`;
  const body = reply.body as { detail?: unknown };
  if (!(reply.headers.get('content-type') ?? '').includes('application/problem+json')) return `${reply.status} without problem+json`;
  if (typeof body?.detail !== 'string' || body.detail.length === 0) return `${reply.status} without a message`;
  return undefined;
}

/**
 * Given mutated BPMN files and mutated API payloads (seeded, repeatable), every one is accepted or
 * refused with a 4xx problem document naming what is wrong, within a time bound; refusals change
 * nothing; oversized bodies are refused with 413.
 */
describe('bad input fuzz', () => {
  let database: TestDatabase;
  let server: ServerProcess;
  let client: pg.Client;
  let owner: string;
  let lead: string;

  beforeAll(async () => {
    database = await createTestDatabase('rel_fuzz');
    server = await startServerProcess({ databaseUrl: database.url });
    client = await connect(database.url);
    owner = await token(server.baseUrl, 'ramiro-duarte');
    lead = await token(server.baseUrl, 'felipe-ortiz');
  }, 90_000);

  afterAll(async () => {
    await stopAllServerProcesses();
    await client?.end();
    await database?.drop();
  });

  const count = async (sql: string) => Number((await client.query<{ n: string }>(sql)).rows[0].n);

  it(`deploys or refuses each of ${Math.round(CASES * 2 / 3)} mutated BPMN files, never with a 5xx or a partial deployment`, async () => {
    const sources = [...bpmnFiles(join(REPO, 'processes')), ...bpmnFiles(join(REPO, '../shared/conformance/betsy/bpmn'))].sort();
    expect(sources.length).toBeGreaterThan(100);
    const texts = sources.map((path) => readFileSync(path, 'utf8'));
    const random = seeded(SEED);
    const cases = Array.from({ length: Math.round(CASES * 2 / 3) }, (_, index) => {
      const source = Math.floor(random() * texts.length);
      return { index, source: sources[source], ...mutate(texts[source], random) };
    });
    const definitionsBefore = await count('SELECT count(*) AS n FROM process_definition');
    const deploymentsBefore = await count('SELECT count(*) AS n FROM deployment');
    const failures: string[] = [];
    const statuses = new Map<number, number>();
    let acceptedProcesses = 0;
    let acceptedDeployments = 0;
    let next = 0;
    await Promise.all(Array.from({ length: 3 }, async () => {
      while (next < cases.length && failures.length < 20) {
        const item = cases[next++];
        const reply = await send<{ processes?: unknown[] }>(server.baseUrl, '/api/deployments', {
          token: owner, body: { resources: [{ name: `fuzz-${item.index}.bpmn`, content: item.text }] }, timeoutMs: ANSWER_BOUND_MS + 5_000,
        });
        statuses.set(reply.status, (statuses.get(reply.status) ?? 0) + 1);
        const problem = verdict(reply, [201]);
        if (problem) failures.push(`case ${item.index} (${item.source.split('/').slice(-2).join('/')}, ${item.applied.join('+')}): ${problem}${reply.status >= 500 ? `\n${server.output().slice(-1500)}` : ''}`);
        if (reply.status === 201) {
          acceptedDeployments++;
          acceptedProcesses += reply.body.processes?.length ?? 0;
        }
      }
    }));
    console.log(`fuzz BPMN: ${cases.length} cases (seed ${SEED}), answers ${JSON.stringify(Object.fromEntries(statuses))}`);
    expect(failures).toEqual([]);
    expect(server.exited).toBe(false);
    // Only accepted deployments added definitions: a refused one left nothing behind.
    expect(await count('SELECT count(*) AS n FROM process_definition')).toBe(definitionsBefore + acceptedProcesses);
    expect(await count('SELECT count(*) AS n FROM deployment')).toBe(deploymentsBefore + acceptedDeployments);
    expect(statuses.get(422)).toBeGreaterThan(0);
  }, 170_000);

  it(`answers ${Math.round(CASES / 3)} mutated API payloads with a success or a 4xx problem, and refusals change nothing`, async () => {
    await deploy(server.baseUrl, owner, { 'aprobacion.bpmn': fixture('aprobacion.bpmn'), 'carga.bpmn': fixture('carga.bpmn') });
    const instance = (await send<{ key: string }>(server.baseUrl, '/api/instances', { token: owner, body: { bpmnProcessId: 'aprobacion' } })).body.key;
    const carga = (await send<{ key: string }>(server.baseUrl, '/api/instances', { token: owner, body: { bpmnProcessId: 'carga' } })).body.key;
    const { rows: [task] } = await client.query<{ key: string }>('SELECT key FROM user_task WHERE instance_key = $1', [instance]);
    const { rows: [job] } = await client.query<{ key: string }>('SELECT key FROM job WHERE instance_key = $1', [carga]);
    type Route = { method: string; path: string; body?: Record<string, unknown>; query?: Record<string, string>; token: string; ok: number[] };
    const routes: Route[] = [
      { method: 'POST', path: '/api/instances', body: { bpmnProcessId: 'aprobacion', variables: { monto: 1 }, businessKey: 'F-1', version: 1 }, token: owner, ok: [201] },
      { method: 'POST', path: `/api/user-tasks/${task.key}/claim`, body: {}, token: lead, ok: [200] },
      { method: 'POST', path: `/api/user-tasks/${task.key}/complete`, body: { variables: { ok: true } }, token: lead, ok: [200] },
      { method: 'POST', path: '/api/messages', body: { name: 'informe', correlationKey: 'K-1', variables: { a: 1 }, timeToLive: 'PT1S' }, token: owner, ok: [200] },
      { method: 'POST', path: '/api/signals', body: { name: 'senal', variables: { a: 1 } }, token: owner, ok: [200] },
      { method: 'POST', path: '/api/jobs/activate', body: { type: 'registro-externo', worker: 'w', maxJobs: 1, lockDuration: 1000 }, token: owner, ok: [200] },
      { method: 'POST', path: `/api/jobs/${job.key}/fail`, body: { retries: 2, message: 'x', retryBackoff: 0 }, token: owner, ok: [204] },
      { method: 'POST', path: `/api/jobs/${job.key}/error`, body: { errorCode: 'E', message: 'x' }, token: owner, ok: [204] },
      { method: 'POST', path: `/api/jobs/${job.key}/complete`, body: { variables: { r: 1 } }, token: owner, ok: [204] },
      { method: 'PATCH', path: `/api/instances/${instance}/variables`, body: { variables: { a: 1 } }, token: owner, ok: [200] },
      { method: 'POST', path: `/api/instances/${carga}/suspend`, body: {}, token: owner, ok: [200] },
      { method: 'POST', path: `/api/instances/${carga}/resume`, body: {}, token: owner, ok: [200] },
      { method: 'GET', path: '/api/user-tasks', query: { state: 'open', limit: '10', sort: 'due', candidate: 'me', dueBefore: '2030-01-01T00:00:00Z' }, token: lead, ok: [200] },
      { method: 'GET', path: '/api/instances', query: { state: 'active', limit: '5', offset: '0', bpmnProcessId: 'carga' }, token: owner, ok: [200] },
      { method: 'GET', path: `/api/instances/${instance}/history`, query: { from: '2020-01-01T00:00:00Z', elementId: 'Revisar' }, token: owner, ok: [200] },
      { method: 'GET', path: '/api/incidents', query: { state: 'open', instanceKey: carga }, token: owner, ok: [200] },
    ];
    const random = seeded(SEED + 1);
    const badKeys = ['abc', '-1', '0', '9'.repeat(40), '1.5', '%00', '..', '1e3', ' 1', '%F0%9F%98%80'];
    const failures: string[] = [];
    const statuses = new Map<number, number>();
    const total = Math.round(CASES / 3);
    for (let index = 0; index < total && failures.length < 20; index++) {
      const route = pick(random, routes);
      let path = route.path;
      let body: unknown = route.body === undefined ? undefined : structuredClone(route.body);
      const query = { ...route.query };
      let raw: string | undefined;
      let contentType: string | undefined;
      const field = (object: Record<string, unknown>) => pick(random, [...Object.keys(object), 'unexpected']);
      const what = route.method === 'GET' ? pick(random, ['key', 'query', 'query']) : pick(random, ['field', 'field', 'field', 'drop', 'body', 'raw', 'type', 'key']);
      if (what === 'field' && body && typeof body === 'object') (body as Record<string, unknown>)[field(body as Record<string, unknown>)] = wrongValue(random);
      else if (what === 'drop' && body && typeof body === 'object') delete (body as Record<string, unknown>)[field(body as Record<string, unknown>)];
      else if (what === 'body') body = wrongValue(random);
      else if (what === 'raw') raw = pick(random, ['{', '{"a":', 'null', '[]', '"x"', '{"variables": {"a": 1,}}', '\u0000', '{"__proto__": {"x": 1}}', 'x'.repeat(between(random, 1, 5000))]);
      else if (what === 'type') {
        raw = JSON.stringify(body ?? {});
        contentType = pick(random, ['text/plain', 'application/xml', 'multipart/form-data', 'application/x-www-form-urlencoded', 'application/json; charset=latin1']);
      } else if (what === 'key' && /\/\d+/.test(path)) path = path.replace(/\/\d+/, `/${pick(random, badKeys)}`);
      else if (route.query) query[field(query)] = String(wrongValue(random)).slice(0, 2000);
      else body = wrongValue(random);
      const search = Object.keys(query).length ? `?${new URLSearchParams(query).toString()}` : '';
      const before = await count('SELECT count(*) AS n FROM event_record');
      const reply = await send(server.baseUrl, `${path}${search}`, {
        method: route.method, token: route.token, timeoutMs: ANSWER_BOUND_MS + 5_000,
        ...(raw !== undefined ? { raw, contentType } : route.method === 'GET' ? {} : { body: body ?? null }),
      });
      statuses.set(reply.status, (statuses.get(reply.status) ?? 0) + 1);
      const problem = verdict(reply, route.ok);
      if (problem) failures.push(`case ${index} ${route.method} ${path}${search.slice(0, 200)} (${what}): ${problem}`);
      if (reply.status >= 400 && (await count('SELECT count(*) AS n FROM event_record')) !== before) {
        failures.push(`case ${index} ${route.method} ${path} (${what}) was refused with ${reply.status} but wrote records`);
      }
    }
    expect(failures).toEqual([]);
    expect(server.exited).toBe(false);
    console.log(`fuzz API: ${total} cases (seed ${SEED + 1}), answers ${JSON.stringify(Object.fromEntries(statuses))}`);
  }, 120_000);

  it('refuses a JSON body over 10 MB and an uploaded file over 5 MB with 413', async () => {
    const content = 'a'.repeat(10 * 1024 * 1024 + 1024);
    const json = await send<{ status: number; detail: string }>(server.baseUrl, '/api/deployments', {
      token: owner, raw: JSON.stringify({ resources: [{ name: 'grande.bpmn', content }] }),
    });
    expect([json.status, json.headers.get('content-type')]).toEqual([413, expect.stringContaining('application/problem+json')]);
    expect(json.body.detail).toBeTruthy();

    const form = new FormData();
    form.append('files', new Blob(['<x/>'.padEnd(5 * 1024 * 1024 + 1024, ' ')]), 'grande.bpmn');
    const response = await fetch(`${server.baseUrl}/api/deployments`, { method: 'POST', headers: { authorization: `Bearer ${owner}` }, body: form, signal: AbortSignal.timeout(30_000) });
    const body = (await response.json()) as { detail?: string };
    expect([response.status, response.headers.get('content-type')]).toEqual([413, expect.stringContaining('application/problem+json')]);
    expect(body.detail).toBeTruthy();
    expect(server.exited).toBe(false);
  }, 60_000);
});
