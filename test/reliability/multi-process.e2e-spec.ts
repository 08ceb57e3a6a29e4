import type pg from 'pg';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { startServerProcess, stopAllServerProcesses, type ServerProcess } from '../support/server-process.js';
import { checkLogsAgainstProjections, connect, deploy, fixture, repeatedRecords, send, token, waitFor } from './harness.js';

const RACES = 100;
const TIMERS = 1000;
const MESSAGES = 20;

/** Runs `work` over `items` with at most `limit` at a time. */
async function pool<T>(items: T[], limit: number, work: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: limit }, async () => {
    while (next < items.length) {
      const index = next++;
      await work(items[index], index);
    }
  }));
}

/**
 * Given two (and three) Hito server processes on one database, races between them on the same
 * task, timer and message subscription always end with exactly one winner.
 */
describe('several server processes on one database', () => {
  let database: TestDatabase;
  let servers: ServerProcess[];
  let client: pg.Client;
  let owner: string;
  let lead: string;

  beforeAll(async () => {
    database = await createTestDatabase('rel_multi');
    // The first one loads the demo directory into the empty database; the others find it there.
    const first = await startServerProcess({ databaseUrl: database.url });
    servers = [first, ...(await Promise.all([startServerProcess({ databaseUrl: database.url }), startServerProcess({ databaseUrl: database.url })]))];
    client = await connect(database.url);
    owner = await token(first.baseUrl, 'ramiro-duarte');
    lead = await token(first.baseUrl, 'felipe-ortiz');
  }, 90_000);

  afterAll(async () => {
    await stopAllServerProcesses();
    await client?.end();
    await database?.drop();
  });

  it(`completes the same task from two processes at once, ${RACES} times: one 200 and one 409 each time`, async () => {
    const [a, b] = servers;
    await deploy(a.baseUrl, owner, { 'aprobacion.bpmn': fixture('aprobacion.bpmn') });
    const instances: string[] = [];
    await pool(Array.from({ length: RACES }), 8, async (_, index) => {
      const started = await send<{ key: string }>(servers[index % 2].baseUrl, '/api/instances', { token: owner, body: { bpmnProcessId: 'aprobacion', businessKey: `RACE-${index}` } });
      expect(started.status).toBe(201);
      instances.push(started.body.key);
    });
    const { rows: tasks } = await client.query<{ key: string }>(`SELECT key FROM user_task WHERE instance_key = ANY($1::bigint[]) AND state = 'created'`, [instances]);
    expect(tasks).toHaveLength(RACES);

    const outcomes: string[] = [];
    for (const task of tasks) {
      const replies = await Promise.all([a, b].map((server) =>
        send<{ detail?: string }>(server.baseUrl, `/api/user-tasks/${task.key}/complete`, { method: 'POST', token: lead, body: { variables: { via: server.port } } })));
      const statuses = replies.map((reply) => reply.status).sort();
      outcomes.push(statuses.join('+'));
      if (statuses.join('+') === '200+409') {
        expect(replies.find((reply) => reply.status === 409)!.body.detail).toMatch(/COMPLETED|completed|CREATED/);
      }
    }
    expect(outcomes.filter((outcome) => outcome !== '200+409')).toEqual([]);
    expect(await repeatedRecords(client, 'USER_TASK_COMPLETED')).toEqual([]);
    const { rows: [{ n }] } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM event_record WHERE intent = 'USER_TASK_COMPLETED' AND key = ANY($1::bigint[])`, [tasks.map((t) => t.key)]);
    expect(n).toBe(RACES);
  }, 120_000);

  it(`fires ${TIMERS} timers that fall due at once, across two processes, exactly once each`, async () => {
    const [a, b] = servers;
    // Every instance waits for the same date, far enough ahead for all of them to be started first.
    const due = new Date(Math.ceil((Date.now() + 18_000) / 1000) * 1000);
    await deploy(a.baseUrl, owner, { 'plazo-fijo.bpmn': fixture('plazo-fijo.bpmn').replace('{{DUE}}', due.toISOString()) });
    const started: string[] = [];
    await pool(Array.from({ length: TIMERS }), 12, async (_, index) => {
      const reply = await send<{ key: string }>([a, b][index % 2].baseUrl, '/api/instances', { token: owner, body: { bpmnProcessId: 'plazo-fijo' } });
      expect(reply.status).toBe(201);
      started.push(reply.body.key);
    });
    const count = async (sql: string, params: unknown[] = []) => Number((await client.query<{ n: string }>(sql, params)).rows[0].n);
    const startedBy = Date.now();
    if (startedBy < due.getTime()) {
      // Nothing fired early: all the timers are still there, due at the same instant.
      expect(await count(`SELECT count(*) AS n FROM subscription WHERE type = 'timer' AND due_at = $1`, [due])).toBe(TIMERS);
    }
    await waitFor('every timer instance completed', async () =>
      (await count(`SELECT count(*) AS n FROM process_instance WHERE bpmn_process_id = 'plazo-fijo' AND state = 'completed'`)) === TIMERS, 60_000, 250);
    const lag = Date.now() - due.getTime();

    expect(await repeatedRecords(client, 'SUBSCRIPTION_TRIGGERED')).toEqual([]);
    expect(await count(`SELECT count(*) AS n FROM event_record WHERE intent = 'SUBSCRIPTION_TRIGGERED' AND instance_key = ANY($1::bigint[])`, [started])).toBe(TIMERS);
    const { rows: passes } = await client.query<{ instance_key: string; n: number }>(
      `SELECT instance_key, count(*)::int AS n FROM event_record WHERE intent = 'ELEMENT_COMPLETED' AND element_id = 'Plazo' AND instance_key = ANY($1::bigint[]) GROUP BY 1`, [started]);
    expect(passes).toHaveLength(TIMERS);
    expect(passes.filter((row) => row.n !== 1)).toEqual([]);
    expect(await count(`SELECT count(*) AS n FROM subscription WHERE type = 'timer'`)).toBe(0);
    console.log(`timers: ${TIMERS} started in ${startedBy - (due.getTime() - 18_000)} ms, all fired ${lag} ms after they fell due`);
  }, 120_000);

  it(`correlates a message published from three processes at once to its subscription exactly once (${MESSAGES} times)`, async () => {
    await deploy(servers[0].baseUrl, owner, { 'mensaje.bpmn': fixture('mensaje.bpmn') });
    const instances: string[] = [];
    for (let index = 0; index < MESSAGES; index++) {
      const reply = await send<{ key: string }>(servers[index % 3].baseUrl, '/api/instances', { token: owner, body: { bpmnProcessId: 'mensaje', variables: { caso: `C-${index}` } } });
      expect(reply.status).toBe(201);
      instances.push(reply.body.key);
    }
    const outcomes: string[] = [];
    for (let index = 0; index < MESSAGES; index++) {
      const replies = await Promise.all(servers.map((server) =>
        send<{ correlated: number }>(server.baseUrl, '/api/messages', { token: owner, body: { name: 'informe-recibido', correlationKey: `C-${index}`, variables: { desde: server.port } } })));
      expect(replies.map((reply) => reply.status)).toEqual([200, 200, 200]);
      outcomes.push(replies.map((reply) => reply.body.correlated).sort().join('+'));
    }
    expect(outcomes.filter((outcome) => outcome !== '0+0+1')).toEqual([]);
    expect(await repeatedRecords(client, 'SUBSCRIPTION_TRIGGERED')).toEqual([]);
    const { rows } = await client.query<{ instance_key: string; n: number }>(
      `SELECT instance_key, count(*)::int AS n FROM event_record WHERE intent = 'USER_TASK_CREATED' AND instance_key = ANY($1::bigint[]) GROUP BY 1`, [instances]);
    expect(rows).toHaveLength(MESSAGES);
    expect(rows.filter((row) => row.n !== 1)).toEqual([]);
  }, 60_000);

  it('leaves every log consistent with its projections', async () => {
    const consistency = await checkLogsAgainstProjections(client);
    expect(consistency.problems).toEqual([]);
    expect(consistency.instances).toBeGreaterThanOrEqual(MESSAGES);
  }, 60_000);
});
