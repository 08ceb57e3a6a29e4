import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { JobExecutor } from '../../server/src/runtime/connectors/job-executor.js';
import { call, loadDemoDirectory, signIn } from '../support/api-client.js';
import { startTestServer, type TestServer } from '../support/test-app.js';

describe('built-in job types: notify and http', () => {
  let server: TestServer;
  let peer: Server;
  let peerPort: number;
  const received: { path: string; idempotencyKey?: string }[] = [];
  let owner: string;
  let lead: string;
  let other: string;

  const deployAviso = async (id: string, url: string) => {
    const content = readFileSync(new URL('../fixtures/aviso.bpmn', import.meta.url), 'utf8')
      .replace('id="aviso"', `id="${id}"`)
      .replace('http://127.0.0.1:0/placeholder', url);
    const response = await call(server.baseUrl, '/api/deployments', { method: 'POST', token: owner, body: { resources: [{ name: `${id}.bpmn`, content }] } });
    expect(response.status).toBe(201);
  };

  const runUntil = async (predicate: () => Promise<boolean>) => {
    const jobs = server.app.get(JobExecutor);
    for (let attempt = 0; attempt < 50; attempt++) {
      await jobs.drain();
      if (await predicate()) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('condition not reached within 5 s');
  };

  beforeAll(async () => {
    peer = createServer((request, response) => {
      received.push({ path: request.url ?? '', idempotencyKey: request.headers['idempotency-key'] as string | undefined });
      if (request.url === '/redirect') {
        response.writeHead(302, { location: `http://localhost:${peerPort}/ok` }).end();
        return;
      }
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ estado: 'ok' }));
    });
    await new Promise<void>((resolve) => peer.listen(0, '127.0.0.1', resolve));
    peerPort = (peer.address() as AddressInfo).port;
    server = await startTestServer('connectors');
    await loadDemoDirectory(server);
    [owner, lead, other] = await Promise.all(['ramiro-duarte', 'felipe-ortiz', 'francisca-soto'].map(async (person) => (await signIn(server.baseUrl, person)).accessToken));
  });

  afterAll(async () => {
    await server?.close();
    await new Promise((resolve) => peer?.close(resolve));
  });

  it('notifies the technical leads of the institution once, calls the service with an idempotency key, and stores its answer', async () => {
    await deployAviso('aviso', `http://127.0.0.1:${peerPort}/ok`);
    const started = await call<{ key: string }>(server.baseUrl, '/api/instances', { method: 'POST', token: owner, body: { bpmnProcessId: 'aviso' } });
    const instance = async () => (await call<{ state: string; variables: Record<string, unknown> }>(server.baseUrl, `/api/instances/${started.body.key}`, { token: owner })).body;
    await runUntil(async () => (await instance()).state === 'completed');

    expect((await instance()).variables.consulta).toEqual({ status: 200, body: { estado: 'ok' } });
    const calls = received.filter((entry) => entry.path === '/ok');
    expect(calls).toHaveLength(1);
    expect(calls[0].idempotencyKey).toMatch(/^hito-job-\d+$/);

    const mine = await call<{ subject: string; instanceKey: string }[]>(server.baseUrl, '/api/notifications', { token: lead });
    expect(mine.body.filter((notification) => notification.instanceKey === started.body.key).map((notification) => notification.subject)).toEqual(['Reporte mensual pendiente']);
    const theirs = await call<unknown[]>(server.baseUrl, '/api/notifications', { token: other });
    expect(theirs.body).toEqual([]);
  });

  it('refuses a redirect to another host: the job fails and, without retries left, raises an incident', async () => {
    await deployAviso('aviso-redirigido', `http://127.0.0.1:${peerPort}/redirect`);
    const started = await call<{ key: string }>(server.baseUrl, '/api/instances', { method: 'POST', token: owner, body: { bpmnProcessId: 'aviso-redirigido' } });
    const incidents = async () =>
      (await call<{ instanceKey: string; message: string }[]>(server.baseUrl, `/api/incidents?instanceKey=${started.body.key}`, { token: owner })).body;
    await runUntil(async () => (await incidents()).length > 0);

    expect((await incidents())[0].message).toContain('redirected to another host');
    expect(received.filter((entry) => entry.path === '/ok')).toHaveLength(1);
  });
});
