import type pg from 'pg';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { startServerProcess, stopAllServerProcesses, type ServerProcess } from '../support/server-process.js';
import { checkLogsAgainstProjections, connect, deploy, fixture, type Reply, repeatedRecords, send, token, waitFor } from './harness.js';

const TOTAL = 40;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Given clients starting instances of `carga` (service task job -> user task -> 1 s timer), workers
 * completing its jobs and a participant completing its tasks, all with idempotency keys,
 * when the server process is SIGKILLed mid-load and restarted on the same database,
 * then every instance finishes, each log replays to its projections, every chain verifies, no step
 * ran twice, the connector's side effect happened once per job, and timers pending at the crash fired.
 */
describe('crash: SIGKILL under load, restart on the same database', () => {
  let database: TestDatabase;
  let server: ServerProcess;
  let client: pg.Client;
  const outputs: string[] = [];

  beforeAll(async () => {
    database = await createTestDatabase('rel_crash');
    server = await startServerProcess({ databaseUrl: database.url });
    client = await connect(database.url);
  });

  afterAll(async () => {
    await stopAllServerProcesses();
    await client?.end();
    await database?.drop();
  });

  it('loses nothing committed, runs nothing twice, and fires the timers that were pending', async () => {
    const base = server.baseUrl;
    const [owner, lead, auditor] = [await token(base, 'ramiro-duarte'), await token(base, 'felipe-ortiz'), await token(base, 'ines-contreras')];
    await deploy(base, owner, { 'carga.bpmn': fixture('carga.bpmn') });

    const deadline = Date.now() + 90_000;
    const stats = { retries: 0, replayed: 0, lostResponses: 0, unexpected: [] as string[] };
    let stopping = false;
    let failed = false;
    const started = new Map<string, string>();
    const taskAcks = new Map<string, number>();
    const jobAcks = new Map<string, number>();
    /** The external system the connector writes to: it applies each idempotency key once. */
    const sink = { calls: 0, applied: new Map<string, number>() }; // key -> when applied

    const command = async (path: string, tokenOf: string, body: unknown, key: string): Promise<Reply> => {
      let last: Reply | undefined;
      while (Date.now() < deadline && !failed) {
        const reply = await send(base, path, { method: 'POST', token: tokenOf, body, idempotencyKey: key, timeoutMs: 10_000 });
        if (reply.status !== 0 && reply.status < 500) {
          if (reply.headers.get('idempotent-replayed') === 'true') stats.replayed++;
          if (reply.status === 409 && /Idempotency-Key/.test(String((reply.body as { detail?: string })?.detail))) stats.lostResponses++;
          else if (reply.status >= 300) stats.unexpected.push(`${path} ${key}: ${reply.status} ${JSON.stringify(reply.body)}`);
          return reply;
        }
        stats.retries++;
        last = reply;
        await sleep(100);
      }
      failed = true;
      throw new Error(`no answer for ${path} (${key}) before the deadline; last ${last?.status} ${last?.error ?? JSON.stringify(last?.body)}\n${server.output().slice(-4000)}`);
    };

    let next = 0;
    const starter = async () => {
      while (!stopping && next < TOTAL) {
        const key = `start-${next++}`;
        const reply = await command('/api/instances', owner, { bpmnProcessId: 'carga', businessKey: key, variables: { caso: key } }, key);
        if (reply.status === 201) started.set(key, (reply.body as { key: string }).key);
      }
    };
    const worker = async (name: string) => {
      while (!stopping && Date.now() < deadline) {
        const fetched = await send<{ jobs: { key: string }[] }>(base, '/api/jobs/activate', {
          token: owner, body: { type: 'registro-externo', worker: name, maxJobs: 5, lockDuration: 1500 }, timeoutMs: 10_000,
        });
        if (fetched.status !== 200 || fetched.body.jobs.length === 0) {
          await sleep(fetched.status === 200 ? 50 : 100);
          continue;
        }
        for (const job of fetched.body.jobs) {
          sink.calls++;
          if (!sink.applied.has(`effect-${job.key}`)) sink.applied.set(`effect-${job.key}`, Date.now());
          const reply = await command(`/api/jobs/${job.key}/complete`, owner, { variables: { registro: `R-${job.key}` } }, `job-${job.key}`);
          if (reply.status === 204) jobAcks.set(job.key, (jobAcks.get(job.key) ?? 0) + 1);
        }
      }
    };
    const participant = async (share: number) => {
      while (!stopping && Date.now() < deadline) {
        const inbox = await send<{ items: { key: string; state: string }[] }>(base, '/api/user-tasks?candidate=me&bpmnProcessId=carga&limit=100', { token: lead, timeoutMs: 10_000 });
        const mine = inbox.status === 200 ? inbox.body.items.filter((task) => Number(task.key) % 2 === share) : [];
        if (mine.length === 0) {
          await sleep(100);
          continue;
        }
        for (const task of mine) {
          if (task.state === 'created') await command(`/api/user-tasks/${task.key}/claim`, lead, undefined, `claim-${task.key}`);
          const reply = await command(`/api/user-tasks/${task.key}/complete`, lead, { variables: { revisado: true } }, `complete-${task.key}`);
          if (reply.status === 200) taskAcks.set(task.key, (taskAcks.get(task.key) ?? 0) + 1);
        }
      }
    };
    const load = Promise.all([starter(), starter(), starter(), worker('w1'), worker('w2'), participant(0), participant(1)]);

    // When the load is in full swing (tasks done, timers open), the server dies without warning.
    const countOf = async (sql: string) => Number((await client.query<{ n: string }>(sql)).rows[0].n);
    const progress = () => `started ${started.size}, jobs ${jobAcks.size}, tasks ${taskAcks.size}, stats ${JSON.stringify(stats)}`;
    try {
      await waitFor('load in progress with open timers', async () =>
        started.size >= 15 && taskAcks.size >= 3 && (await countOf(`SELECT count(*) AS n FROM subscription WHERE type = 'timer'`)) > 0, 30_000);
    } catch (error) {
      stopping = true;
      await load;
      throw new Error(`${(error as Error).message}: ${progress()}\n${server.output().slice(-3000)}`);
    }
    await server.kill();
    outputs.push(server.output());
    const { rows: pendingTimers } = await client.query<{ key: string }>(`SELECT key FROM subscription WHERE type = 'timer'`);
    server = await startServerProcess({ databaseUrl: database.url, port: server.port });

    const finished = await waitFor('every instance completed', async () =>
      failed || (next >= TOTAL && (await countOf(`SELECT count(*) AS n FROM process_instance WHERE state = 'completed'`)) === TOTAL) ? true : undefined, 60_000, 250)
      .catch((error: Error) => error);
    stopping = true;
    await load;
    if (finished instanceof Error) throw new Error(`${finished.message}; stats ${JSON.stringify(stats)}\n${server.output().slice(-3000)}`);

    // Nothing committed was lost and nothing ran twice.
    expect(stats.unexpected).toEqual([]);
    const { rows: instances } = await client.query<{ key: string; business_key: string }>('SELECT key, business_key FROM process_instance ORDER BY key');
    expect(instances).toHaveLength(TOTAL);
    expect(new Set(instances.map((row) => row.business_key)).size).toBe(TOTAL);
    for (const [key, instanceKey] of started) expect(instances.find((row) => row.business_key === key)?.key).toBe(instanceKey);
    const { rows: passes } = await client.query<{ instance_key: string; element_id: string; n: number }>(
      `SELECT instance_key, element_id, count(*)::int AS n FROM event_record WHERE intent = 'ELEMENT_COMPLETED' AND element_id IS NOT NULL GROUP BY 1, 2`,
    );
    expect(passes.filter((row) => row.n !== 1)).toEqual([]);
    expect(passes).toHaveLength(TOTAL * 6); // the process, Inicio, Registrar, Revisar, Espera, Fin
    for (const intent of ['USER_TASK_COMPLETED', 'JOB_COMPLETED', 'SUBSCRIPTION_TRIGGERED', 'USER_TASK_CREATED', 'JOB_CREATED']) {
      expect(await repeatedRecords(client, intent)).toEqual([]);
    }
    // Every acknowledged completion is the single completion in the log (a retry got the first answer).
    expect([...taskAcks.values()].every((n) => n >= 1)).toBe(true);
    expect(taskAcks.size + stats.lostResponses).toBeGreaterThanOrEqual(TOTAL);

    // The connector's side effect: one per job, though a job may have been fetched again after the crash.
    const { rows: jobs } = await client.query<{ key: string; value: { variables?: { registro?: string } } }>(`SELECT key, value FROM event_record WHERE intent = 'JOB_COMPLETED'`);
    expect(jobs).toHaveLength(TOTAL);
    expect([...sink.applied.keys()].sort()).toEqual(jobs.map((job) => `effect-${job.key}`).sort());
    const { rows: registros } = await client.query<{ value: string }>(`SELECT value #>> '{}' AS value FROM variable WHERE name = 'registro'`);
    expect(registros.map((row) => row.value).sort()).toEqual(jobs.map((job) => `R-${job.key}`).sort());

    // Timers that were pending when the server died fired once each after the restart.
    expect(pendingTimers.length).toBeGreaterThan(0);
    const { rows: fired } = await client.query<{ key: string }>(`SELECT key FROM event_record WHERE intent = 'SUBSCRIPTION_TRIGGERED' AND key = ANY($1::bigint[])`, [pendingTimers.map((row) => row.key)]);
    expect(fired.map((row) => row.key).sort()).toEqual(pendingTimers.map((row) => row.key).sort());
    expect(await countOf(`SELECT count(*) AS n FROM subscription`)).toBe(0);

    // Each log replays to exactly what the projections say, and every hash chain verifies.
    const consistency = await checkLogsAgainstProjections(client);
    expect(consistency.problems).toEqual([]);
    for (const row of instances) {
      const verdict = await send<{ valid: boolean }>(server.baseUrl, `/api/instances/${row.key}/verify`, { token: auditor });
      expect([row.key, verdict.status, verdict.body.valid]).toEqual([row.key, 200, true]);
    }
    console.log(`crash: ${TOTAL} instances, ${consistency.records} records, ${pendingTimers.length} timers pending at the kill, ` +
      `${stats.retries} retried requests, ${stats.replayed} idempotent replays, ${stats.lostResponses} responses lost in the crash window, ` +
      `${sink.calls} connector calls for ${sink.applied.size} effects`);
  }, 150_000);
});
