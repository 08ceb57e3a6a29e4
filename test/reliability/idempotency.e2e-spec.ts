import { DataSource } from 'typeorm';
import { loadDemoDirectory } from '../support/api-client.js';
import { startTestServer, type TestServer } from '../support/test-app.js';
import { deploy, fixture, send, token, waitFor } from './harness.js';

/** `Idempotency-Key` on command routes: a retry gets the first answer and runs nothing. */
describe('Idempotency-Key', () => {
  let server: TestServer;
  let owner: string;
  let db: DataSource;
  const instancesWith = async (businessKey: string) =>
    Number((await db.query('SELECT count(*) AS n FROM process_instance WHERE business_key = $1', [businessKey]))[0].n);

  beforeAll(async () => {
    server = await startTestServer('rel_idempotency');
    await loadDemoDirectory(server);
    db = server.app.get(DataSource);
    owner = await token(server.baseUrl, 'ramiro-duarte');
    await deploy(server.baseUrl, owner, { 'carga.bpmn': fixture('carga.bpmn') });
  });

  afterAll(async () => {
    await server?.close();
  });

  const start = (key: string, businessKey: string, timeoutMs?: number) =>
    send<{ key: string }>(server.baseUrl, '/api/instances', { token: owner, body: { bpmnProcessId: 'carga', businessKey }, idempotencyKey: key, timeoutMs });

  it('given a start that answered, a retry with the same key and body returns the first answer and starts nothing', async () => {
    const first = await start('k-1', 'IDEM-1');
    const retry = await start('k-1', 'IDEM-1');
    expect(first.status).toBe(201);
    expect([retry.status, retry.body, retry.headers.get('idempotent-replayed')]).toEqual([201, first.body, 'true']);
    expect(await instancesWith('IDEM-1')).toBe(1);
  });

  it('given a start whose client gave up before the answer, the retry returns what the first one did', async () => {
    const aborted = await start('k-2', 'IDEM-2', 5);
    expect(aborted.status).toBe(0);
    await waitFor('the abandoned start to commit', async () => (await instancesWith('IDEM-2')) === 1, 10_000, 20).catch(() => undefined);
    const retry = await start('k-2', 'IDEM-2');
    expect(retry.status).toBe(201);
    expect(await instancesWith('IDEM-2')).toBe(1);
    const [{ key }] = await db.query('SELECT key FROM process_instance WHERE business_key = $1', ['IDEM-2']);
    expect(retry.body.key).toBe(String(key));
  });

  it('given the same key with another body, answers 422 and runs nothing', async () => {
    const reply = await start('k-1', 'IDEM-OTRO');
    expect(reply.status).toBe(422);
    expect(reply.headers.get('content-type')).toContain('application/problem+json');
    expect(await instancesWith('IDEM-OTRO')).toBe(0);
  });

  it('given the same request sent five times at once, runs it once and gives all five the same answer', async () => {
    const replies = await Promise.all(Array.from({ length: 5 }, () => start('k-3', 'IDEM-3')));
    expect(replies.map((reply) => reply.status)).toEqual([201, 201, 201, 201, 201]);
    expect(new Set(replies.map((reply) => reply.body.key)).size).toBe(1);
    expect(await instancesWith('IDEM-3')).toBe(1);
  });

  it('given a job completed with a key, a retry gets the same 204 and the job completes once', async () => {
    const started = await start('k-4', 'IDEM-4');
    const [job] = await db.query('SELECT key FROM job WHERE instance_key = $1', [started.body.key]);
    const complete = () => send(server.baseUrl, `/api/jobs/${job.key}/complete`, { token: owner, body: { variables: { registro: 'R' } }, idempotencyKey: `job-${job.key}` });
    const [first, retry] = [await complete(), await complete()];
    expect([first.status, retry.status, retry.headers.get('idempotent-replayed')]).toEqual([204, 204, 'true']);
    const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM event_record WHERE intent = 'JOB_COMPLETED' AND key = $1`, [job.key]);
    expect(n).toBe(1);
    // Without the key the same retry is refused: the job is gone.
    const bare = await send(server.baseUrl, `/api/jobs/${job.key}/complete`, { token: owner, body: { variables: { registro: 'R' } } });
    expect([404, 409]).toContain(bare.status);
  });

  it('refuses a malformed key with 400', async () => {
    expect((await start('x'.repeat(201), 'IDEM-5')).status).toBe(400);
    expect(await instancesWith('IDEM-5')).toBe(0);
  });
});
