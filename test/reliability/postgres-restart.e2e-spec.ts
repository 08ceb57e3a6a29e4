import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type pg from 'pg';
import { startEmbeddedPostgres, type RunningDatabase } from '../../server/src/persistence/embedded-postgres.js';
import { freePort, startServerProcess, stopAllServerProcesses, type ServerProcess } from '../support/server-process.js';
import { checkLogsAgainstProjections, connect, deploy, fixture, type Reply, send, token, waitFor } from './harness.js';

/** No request may take longer than this while PostgreSQL is down. */
const ANSWER_BOUND_MS = 10_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Given a server process on its own embedded PostgreSQL under load,
 * when PostgreSQL stops and later starts again,
 * then requests fail cleanly while it is down (problem+json 5xx, health 503 "down", answers within
 * a bound, the server process stays up), and afterwards work resumes and nothing committed is lost.
 */
describe('PostgreSQL stopped and restarted under load', () => {
  let dir: string;
  let port: number;
  let postgres: RunningDatabase | undefined;
  let server: ServerProcess;
  let client: pg.Client | undefined;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'hito-pg-restart-'));
    await chmod(dir, 0o755); // PostgreSQL runs as its own user and must reach its data directory.
    port = await freePort();
    postgres = await startEmbeddedPostgres(join(dir, 'data'), port, 'hito');
    server = await startServerProcess({ databaseUrl: postgres.url });
  }, 120_000);

  afterAll(async () => {
    await stopAllServerProcesses();
    await client?.end().catch(() => undefined);
    await postgres?.stop().catch(() => undefined);
    await rm(dir, { recursive: true, force: true });
  }, 60_000);

  it('answers cleanly while it is down and loses nothing committed', async () => {
    const base = server.baseUrl;
    const [owner, lead] = [await token(base, 'ramiro-duarte'), await token(base, 'felipe-ortiz')];
    await deploy(base, owner, { 'aprobacion.bpmn': fixture('aprobacion.bpmn') });

    let phase: 'up' | 'down' | 'back' = 'up';
    let stopping = false;
    const replies: { phase: string; path: string; reply: Reply }[] = [];
    const acknowledgedStarts = new Map<string, string>();
    const failedStarts: string[] = [];
    const completedTasks = new Set<string>();
    let counter = 0;
    const starter = async () => {
      while (!stopping) {
        const key = `PG-${counter++}`;
        const reply = await send<{ key: string }>(base, '/api/instances', {
          token: owner, body: { bpmnProcessId: 'aprobacion', businessKey: key }, idempotencyKey: key, timeoutMs: ANSWER_BOUND_MS + 5_000,
        });
        replies.push({ phase, path: 'POST /api/instances', reply });
        if (reply.status === 201) acknowledgedStarts.set(key, reply.body.key);
        else failedStarts.push(key);
        await sleep(20);
      }
    };
    const completer = async () => {
      while (!stopping) {
        const inbox = await send<{ items: { key: string }[] }>(base, '/api/user-tasks?candidate=me&limit=20', { token: lead, timeoutMs: ANSWER_BOUND_MS + 5_000 });
        replies.push({ phase, path: 'GET /api/user-tasks', reply: inbox });
        for (const task of inbox.status === 200 ? inbox.body.items.slice(0, 5) : []) {
          const reply = await send(base, `/api/user-tasks/${task.key}/complete`, { method: 'POST', token: lead, body: {}, timeoutMs: ANSWER_BOUND_MS + 5_000 });
          replies.push({ phase, path: 'POST complete', reply });
          if (reply.status === 200) completedTasks.add(task.key);
        }
        await sleep(50);
      }
    };
    const load = Promise.all([starter(), starter(), completer()]);
    try {
      await waitFor('some committed work', async () => acknowledgedStarts.size >= 10 && completedTasks.size >= 3, 20_000);

      await postgres!.stop();
      postgres = undefined;
      phase = 'down';
      const health = await waitFor('health to report the database down', async () => {
        const reply = await send<{ database: string }>(base, '/api/health', { timeoutMs: ANSWER_BOUND_MS });
        return reply.status === 503 ? reply : undefined;
      }, ANSWER_BOUND_MS, 100);
      expect(health.body).toMatchObject({ status: 'error', database: 'down' });
      await waitFor('requests answered while down', async () => replies.filter((entry) => entry.phase === 'down').length >= 10, 20_000);

      postgres = await startEmbeddedPostgres(join(dir, 'data'), port, 'hito');
      phase = 'back';
      await waitFor('health to report the database up', async () => (await send(base, '/api/health')).status === 200, 30_000, 200);
      const before = acknowledgedStarts.size;
      await waitFor('new work after the restart', async () => acknowledgedStarts.size >= before + 10, 30_000);
    } finally {
      stopping = true;
      await load;
    }

    // While down: an answer for every request, within the bound, as a problem document; the process lived.
    const down = replies.filter((entry) => entry.phase === 'down');
    const unclean = down.filter(({ reply }) => reply.status === 0 || reply.ms > ANSWER_BOUND_MS ||
      (reply.status >= 500 && !(reply.headers.get('content-type') ?? '').includes('application/problem+json')) ||
      (reply.status >= 400 && reply.status < 500 && reply.status !== 401));
    expect(unclean.map(({ path, reply }) => `${path}: ${reply.status} ${reply.error ?? ''} ${reply.ms} ms`)).toEqual([]);
    expect(down.some(({ reply }) => reply.status >= 500)).toBe(true);
    expect(server.exited).toBe(false);

    // A retry of each start that failed, with its idempotency key, runs it at most once.
    for (const key of failedStarts) {
      const reply = await send<{ key: string }>(base, '/api/instances', { token: owner, body: { bpmnProcessId: 'aprobacion', businessKey: key }, idempotencyKey: key });
      expect([key, reply.status]).toEqual([key, 201]);
      acknowledgedStarts.set(key, reply.body.key);
    }
    client = await connect(postgres!.url);
    const { rows: instances } = await client.query<{ key: string; business_key: string }>('SELECT key, business_key FROM process_instance');
    expect(instances).toHaveLength(counter);
    for (const [key, instanceKey] of acknowledgedStarts) expect(instances.find((row) => row.business_key === key)?.key).toBe(instanceKey);
    const { rows: completed } = await client.query<{ key: string }>(`SELECT key FROM user_task WHERE state = 'completed'`);
    expect(completed.map((row) => row.key)).toEqual(expect.arrayContaining([...completedTasks]));
    expect((await checkLogsAgainstProjections(client)).problems).toEqual([]);
    const worst = Math.max(...down.map(({ reply }) => reply.ms));
    console.log(`postgres restart: ${down.length} requests while down (slowest ${worst} ms), ${acknowledgedStarts.size} instances, ${completedTasks.size} tasks completed`);
  }, 150_000);
});
