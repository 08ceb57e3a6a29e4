import { readFileSync } from 'node:fs';
import { DataSource } from 'typeorm';
import { type Actor, describeAccessMatrix, demoActorTokens, type MatrixContext, type RouteCase, servedRoutes } from '../support/access-matrix.js';
import { call, loadDemoDirectory } from '../support/api-client.js';
import { startTestServer, type TestServer } from '../support/test-app.js';

const signedIn: Actor[] = ['participant', 'participant-other', 'process-owner', 'auditor', 'admin'];
const managers: Actor[] = ['process-owner', 'admin'];
const seeAll: Actor[] = ['participant', 'process-owner', 'auditor', 'admin'];
const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');

async function asOwner<T>(context: MatrixContext, path: string, body?: unknown): Promise<T> {
  const response = await call<T>(context.server.baseUrl, path, { method: body === undefined ? 'GET' : 'POST', token: context.tokens['process-owner'], body });
  if (response.status >= 300) throw new Error(`fixture ${path} answered ${response.status}: ${JSON.stringify(response.body)}`);
  return response.body;
}

/** A new instance of `aprobacion`: its user task is for technical leads (the participant). */
async function approval(context: MatrixContext): Promise<{ instanceKey: string; taskKey: string }> {
  const instance = await asOwner<{ key: string }>(context, '/api/instances', { bpmnProcessId: 'aprobacion' });
  const db = context.server.app.get(DataSource);
  const [task] = await db.query('SELECT key FROM user_task WHERE instance_key = $1', [instance.key]);
  return { instanceKey: instance.key, taskKey: String(task.key) };
}

/** A new instance waiting at an `externo` job; its key. */
async function job(context: MatrixContext): Promise<string> {
  const instance = await asOwner<{ key: string }>(context, '/api/instances', { bpmnProcessId: 'trabajo-externo' });
  const [row] = await context.server.app.get(DataSource).query('SELECT key FROM job WHERE instance_key = $1', [instance.key]);
  return String(row.key);
}

/** A new incident: a job failed with no retries left. */
async function incident(context: MatrixContext): Promise<string> {
  const jobKey = await job(context);
  await asOwner(context, `/api/jobs/${jobKey}/fail`, { retries: 0, message: 'sin conexión' });
  const [row] = await context.server.app.get(DataSource).query('SELECT key FROM incident WHERE job_key IS NULL OR true ORDER BY created_at DESC, key DESC LIMIT 1');
  return String(row.key);
}

const instanceRoute = (route: string, allowed: Actor[], extra: Partial<RouteCase> = {}): RouteCase => ({
  route,
  allowed,
  refused: { 'participant-other': 404 },
  request: async (context) => ({ params: { key: (await approval(context)).instanceKey } }),
  ...extra,
});

const taskRoute = (route: string, allowed: Actor[], extra: Partial<RouteCase> = {}): RouteCase => ({
  route,
  allowed,
  refused: { 'participant-other': 404 },
  request: async (context) => ({ params: { key: (await approval(context)).taskKey }, ...(route.startsWith('POST') ? { body: {} } : {}) }),
  ...extra,
});

export const RUNTIME_ROUTES: RouteCase[] = [
  {
    route: 'POST /api/deployments',
    allowed: managers,
    success: 201,
    request: () => ({ body: { resources: [{ name: 'aprobacion.bpmn', content: fixture('aprobacion.bpmn') }] } }),
  },
  { route: 'GET /api/definitions', allowed: signedIn },
  { route: 'GET /api/definitions/:bpmnProcessId/versions', allowed: signedIn, request: () => ({ params: { bpmnProcessId: 'aprobacion' } }) },
  {
    route: 'GET /api/definitions/:key',
    allowed: signedIn,
    request: async (context) => ({ params: { key: String((await asOwner<{ key: number }[]>(context, '/api/definitions/aprobacion/versions'))[0].key) } }),
  },
  {
    route: 'GET /api/definitions/:key/xml',
    allowed: signedIn,
    request: async (context) => ({ params: { key: String((await asOwner<{ key: number }[]>(context, '/api/definitions/aprobacion/versions'))[0].key) } }),
  },
  { route: 'GET /api/forms/:formId', allowed: signedIn, request: () => ({ params: { formId: 'formulario-matriz' } }) },

  {
    route: 'POST /api/instances',
    allowed: ['participant', 'participant-other', 'process-owner', 'admin'],
    success: 201,
    request: () => ({ body: { bpmnProcessId: 'aprobacion' } }),
  },
  { route: 'GET /api/instances', allowed: signedIn },
  instanceRoute('GET /api/instances/:key', seeAll),
  instanceRoute('GET /api/instances/:key/history', seeAll),
  instanceRoute('GET /api/instances/:key/verify', seeAll),
  instanceRoute('POST /api/instances/:key/cancel', managers, { refused: {} }),
  instanceRoute('POST /api/instances/:key/suspend', managers, { refused: {} }),
  {
    route: 'POST /api/instances/:key/resume',
    allowed: managers,
    request: async (context) => {
      const { instanceKey } = await approval(context);
      await asOwner(context, `/api/instances/${instanceKey}/suspend`, {});
      return { params: { key: instanceKey } };
    },
  },
  instanceRoute('POST /api/instances/:key/move', managers, {
    refused: {},
    request: async (context) => ({ params: { key: (await approval(context)).instanceKey }, body: { fromElementId: 'Revisar', toElementId: 'Fin', reason: 'Aprobada en la mesa' } }),
  }),
  instanceRoute('PATCH /api/instances/:key/variables', managers, {
    refused: {},
    request: async (context) => ({ params: { key: (await approval(context)).instanceKey }, body: { variables: { nota: 'revisado' } } }),
  }),

  { route: 'GET /api/user-tasks', allowed: signedIn },
  taskRoute('GET /api/user-tasks/:key', seeAll),
  // Only a task's candidates work on it: others who may see it are refused (403), the rest do not know it exists (404).
  taskRoute('POST /api/user-tasks/:key/claim', ['participant'], { refused: { 'participant-other': 404 } }),
  {
    route: 'POST /api/user-tasks/:key/unclaim',
    allowed: ['participant'],
    refused: { 'participant-other': 404 },
    request: async (context) => {
      const { taskKey } = await approval(context);
      await call(context.server.baseUrl, `/api/user-tasks/${taskKey}/claim`, { method: 'POST', token: context.tokens.participant });
      return { params: { key: taskKey } };
    },
  },
  taskRoute('POST /api/user-tasks/:key/complete', ['participant'], { refused: { 'participant-other': 404 } }),
  taskRoute('POST /api/user-tasks/:key/assign', managers, {
    refused: {},
    request: async (context) => ({ params: { key: (await approval(context)).taskKey }, body: { assignee: 'felipe-ortiz' } }),
  }),
  taskRoute('POST /api/user-tasks/:key/escalate', managers, {
    refused: {},
    request: async (context) => ({ params: { key: (await approval(context)).taskKey }, body: { reason: 'Sin respuesta', addCandidateInstitutions: ['mincit'] } }),
  }),
  {
    route: 'POST /api/user-tasks/:key/delegate',
    allowed: ['participant', 'process-owner', 'admin'],
    refused: { 'participant-other': 404 },
    request: async (context) => {
      const { taskKey } = await approval(context);
      await call(context.server.baseUrl, `/api/user-tasks/${taskKey}/claim`, { method: 'POST', token: context.tokens.participant });
      return { params: { key: taskKey }, body: { assignee: 'natalia-rincon' } };
    },
  },

  { route: 'POST /api/messages', allowed: managers, request: () => ({ body: { name: 'mensaje-sin-suscriptor', correlationKey: 'x' } }) },
  { route: 'POST /api/signals', allowed: managers, request: () => ({ body: { name: 'senal-sin-suscriptor' } }) },
  { route: 'POST /api/jobs/activate', allowed: managers, request: () => ({ body: { type: 'tipo-sin-trabajos', worker: 'matriz' } }) },
  { route: 'POST /api/jobs/:key/complete', allowed: managers, success: 204, request: async (context) => ({ params: { key: await job(context) }, body: {} }) },
  { route: 'POST /api/jobs/:key/fail', allowed: managers, success: 204, request: async (context) => ({ params: { key: await job(context) }, body: { retries: 1, retryBackoff: 1000 } }) },
  { route: 'POST /api/jobs/:key/error', allowed: managers, success: 204, request: async (context) => ({ params: { key: await job(context) }, body: { errorCode: 'SIN_DATOS' } }) },
  { route: 'GET /api/incidents', allowed: ['process-owner', 'auditor', 'admin'] },
  { route: 'POST /api/incidents/:key/resolve', allowed: managers, success: 204, request: async (context) => ({ params: { key: await incident(context) } }) },

  { route: 'GET /api/notifications', allowed: signedIn },
  {
    route: 'POST /api/notifications/:id/read',
    allowed: ['participant'],
    success: 204,
    refused: { 'participant-other': 404, 'process-owner': 404, auditor: 404, admin: 404 },
    request: async (context) => {
      const db = context.server.app.get(DataSource);
      const [row] = await db.query(
        `INSERT INTO notification (person_id, subject, job_key, created_at) VALUES ('felipe-ortiz', 'Aviso de prueba', (SELECT coalesce(max(job_key), 0) + 1 FROM notification), now()) RETURNING id`,
      );
      return { params: { id: String(row.id) } };
    },
  },
];

let server: TestServer;

describeAccessMatrix('authorization matrix: runtime API', {
  async setup() {
    server = await startTestServer('runtime_access_matrix');
    await loadDemoDirectory(server);
    const tokens = await demoActorTokens(server.baseUrl);
    const form = JSON.stringify({ id: 'formulario-matriz', schemaVersion: 16, type: 'default', components: [{ key: 'nota', label: 'Nota', type: 'textfield' }] });
    const deployed = await call(server.baseUrl, '/api/deployments', {
      method: 'POST',
      token: tokens['process-owner'],
      body: {
        resources: [
          { name: 'aprobacion.bpmn', content: fixture('aprobacion.bpmn') },
          { name: 'trabajo-externo.bpmn', content: fixture('trabajo-externo.bpmn') },
          { name: 'formulario-matriz.form', content: form },
        ],
      },
    });
    if (deployed.status !== 201) throw new Error(`setup deployment answered ${deployed.status}`);
    return { server, tokens, fixtures: {} };
  },
  routes: RUNTIME_ROUTES,
  // Refused calls are checked to change nothing; sign-in sessions made by the matrix itself are ignored.
  ignoreTables: ['refresh_token'],
});

describe('runtime routes in the matrix', () => {
  let own: TestServer;
  beforeAll(async () => {
    own = await startTestServer('runtime_routes', { simulatedClock: true });
  });
  afterAll(async () => {
    await own.close();
  });

  it('has a row for every runtime route the server serves (the clock routes are checked in simulation mode)', () => {
    const runtime = /^\w+ \/api\/(deployments|definitions|forms|instances|user-tasks|messages|signals|jobs|incidents|notifications)(\/|$)/;
    const served = servedRoutes(own).map((entry) => entry.route).filter((route) => runtime.test(route));
    expect(served.sort()).toEqual(RUNTIME_ROUTES.map((row) => row.route).sort());
  });

  it('serves the clock only in simulation mode, to signed-in people, and lets only process owners and admins move it', async () => {
    expect(servedRoutes(own).map((entry) => entry.route).filter((route) => route.includes('/api/clock')).sort()).toEqual(['GET /api/clock', 'POST /api/clock']);
    await loadDemoDirectory(own);
    const tokens = await demoActorTokens(own.baseUrl);
    expect((await call(own.baseUrl, '/api/clock')).status).toBe(401);
    expect((await call(own.baseUrl, '/api/clock', { token: tokens.participant })).status).toBe(200);
    expect((await call(own.baseUrl, '/api/clock', { method: 'POST', token: tokens.participant, body: { advance: 'P1D' } })).status).toBe(403);
    expect((await call(own.baseUrl, '/api/clock', { method: 'POST', token: tokens.auditor, body: { advance: 'P1D' } })).status).toBe(403);
    const moved = await call<{ now: string }>(own.baseUrl, '/api/clock', { method: 'POST', token: tokens['process-owner'], body: { advance: 'P1D' } });
    expect(moved.status).toBe(200);
  });
});
