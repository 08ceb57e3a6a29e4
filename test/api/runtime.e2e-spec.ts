import { readFileSync } from 'node:fs';
import { call, loadDemoDirectory, signIn } from '../support/api-client.js';
import { startTestServer, type TestServer } from '../support/test-app.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');

interface Task { key: string; instanceKey: string; elementId: string; state: string; assignee: string | null; candidateRoles: string[] }
interface Instance { key: string; state: string; businessKey: string | null; activeElements?: { elementId: string }[] }

describe('runtime API over HTTP', () => {
  let server: TestServer;
  let owner: string;
  let lead: string;
  let other: string;
  let auditor: string;
  const api = <T>(path: string, token: string, request: { method?: string; body?: unknown } = {}) => call<T>(server.baseUrl, path, { ...request, token });

  beforeAll(async () => {
    server = await startTestServer('runtime_api');
    await loadDemoDirectory(server);
    [owner, lead, other, auditor] = await Promise.all(
      ['ramiro-duarte', 'felipe-ortiz', 'francisca-soto', 'ines-contreras'].map(async (person) => (await signIn(server.baseUrl, person)).accessToken),
    );
  });

  afterAll(async () => {
    await server?.close();
  });

  it('given an invalid BPMN file, answers 422 naming the resource and element, and deploys nothing', async () => {
    const broken = fixture('aprobacion.bpmn').replace('targetRef="Fin"', 'targetRef="NoExiste"');
    const response = await api<{ status: number; errors: { resource: string; elementId?: string; rule: string; detail: string }[] }>('/api/deployments', owner, {
      method: 'POST',
      body: { resources: [{ name: 'roto.bpmn', content: broken }] },
    });
    expect(response.status).toBe(422);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(response.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ resource: 'roto.bpmn', elementId: 'F2' })]));
    expect((await api<unknown[]>('/api/definitions', owner)).body).toEqual([]);
  });

  it('lets a participant deploy nothing (403) and a process owner deploy a version (201)', async () => {
    const body = { resources: [{ name: 'aprobacion.bpmn', content: fixture('aprobacion.bpmn') }] };
    expect((await api('/api/deployments', lead, { method: 'POST', body })).status).toBe(403);
    const deployed = await api<{ processes: { bpmnProcessId: string; version: number; key: number }[] }>('/api/deployments', owner, { method: 'POST', body });
    expect(deployed.status).toBe(201);
    expect(deployed.body.processes).toEqual([expect.objectContaining({ bpmnProcessId: 'aprobacion', version: 1 })]);
    const xml = await api<string>(`/api/definitions/${deployed.body.processes[0].key}/xml`, auditor);
    expect(xml.status).toBe(200);
    expect(xml.body).toContain('<bpmn:userTask id="Revisar"');
  });

  it('runs an instance: the candidate sees and completes the task; others do not see it; a second completion is a 409 that changes nothing', async () => {
    const started = await api<Instance>('/api/instances', owner, { method: 'POST', body: { bpmnProcessId: 'aprobacion', businessKey: 'SOL-7', variables: { monto: 1200 } } });
    expect(started.status).toBe(201);
    expect(started.body).toMatchObject({ state: 'active', businessKey: 'SOL-7' });

    const inbox = await api<{ items: Task[]; total: number }>('/api/user-tasks?candidate=me', lead);
    const task = inbox.body.items.find((item) => item.instanceKey === started.body.key)!;
    expect(task).toMatchObject({ elementId: 'Revisar', state: 'created', candidateRoles: ['lider-tecnico'] });
    expect((await api<{ items: Task[] }>('/api/user-tasks', other)).body.items.map((item) => item.key)).not.toContain(task.key);
    expect((await api(`/api/user-tasks/${task.key}`, other)).status).toBe(404);
    expect((await api(`/api/instances/${started.body.key}`, other)).status).toBe(404);

    const claimed = await api<Task>(`/api/user-tasks/${task.key}/claim`, lead, { method: 'POST' });
    expect(claimed.body).toMatchObject({ state: 'claimed', assignee: 'felipe-ortiz' });
    const completed = await api<Task>(`/api/user-tasks/${task.key}/complete`, lead, { method: 'POST', body: { variables: { aprobado: true } } });
    expect(completed.status).toBe(200);
    expect(completed.body.state).toBe('completed');

    const history = await api<{ records: { sequence: number; intent: string; actor: { id?: string } }[] }>(`/api/instances/${started.body.key}/history`, auditor);
    const again = await api<{ status: number; detail: string }>(`/api/user-tasks/${task.key}/complete`, lead, { method: 'POST', body: {} });
    expect(again.status).toBe(409);
    expect(again.body.detail).toMatch(/COMPLETED|completed/);
    const after = await api<{ records: unknown[] }>(`/api/instances/${started.body.key}/history`, auditor);
    expect(after.body.records).toHaveLength(history.body.records.length);

    const instance = await api<Instance & { variables: Record<string, unknown> }>(`/api/instances/${started.body.key}`, lead);
    expect(instance.body).toMatchObject({ state: 'completed', variables: { monto: 1200, aprobado: true } });
    const userTaskCompleted = history.body.records.find((record) => record.intent === 'USER_TASK_COMPLETED');
    expect(userTaskCompleted?.actor).toEqual({ kind: 'person', id: 'felipe-ortiz' });
    expect(history.body.records.map((record) => record.sequence)).toEqual(history.body.records.map((_, index) => index + 1));
  });

  it('verifies the hash chain of an instance, and detects an altered record', async () => {
    const { body: list } = await api<{ items: Instance[] }>('/api/instances?businessKey=SOL-7', auditor);
    const key = list.items[0].key;
    expect((await api(`/api/instances/${key}/verify`, auditor)).body).toMatchObject({ valid: true });

    const { DataSource } = await import('typeorm');
    const db = server.app.get(DataSource);
    await db.query(`UPDATE event_record SET value = jsonb_set(value, '{variables,aprobado}', 'false') WHERE instance_key = $1 AND intent = 'USER_TASK_COMPLETED'`, [key]);
    const verdict = await api<{ valid: boolean; reason: string }>(`/api/instances/${key}/verify`, auditor);
    expect(verdict.body.valid).toBe(false);
    expect(verdict.body.reason).toContain('USER_TASK_COMPLETED');
  });

  it('answers 400 for malformed input naming the field, 404 for unknown keys, and has no clock endpoint with the system clock', async () => {
    const bad = await api<{ errors: { field: string }[] }>('/api/instances', owner, { method: 'POST', body: { bpmnProcessId: 7 } });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((error) => error.field)).toContain('bpmnProcessId');
    expect((await api('/api/user-tasks/123456789/complete', lead, { method: 'POST', body: {} })).status).toBe(404);
    expect((await api('/api/user-tasks/abc', lead)).status).toBe(400);
    expect((await api('/api/instances', owner, { method: 'POST', body: { bpmnProcessId: 'no-existe' } })).status).toBe(404);
    expect((await api('/api/clock', owner)).status).toBe(404);
  });

  it('escalates a task to another person: they see it, the history keeps the reason; unknown candidates are a 422', async () => {
    const started = await api<Instance>('/api/instances', owner, { method: 'POST', body: { bpmnProcessId: 'aprobacion' } });
    const [task] = (await api<{ items: Task[] }>(`/api/user-tasks?instanceKey=${started.body.key}`, owner)).body.items;
    expect((await api(`/api/user-tasks/${task.key}`, other)).status).toBe(404);

    const unknown = await api<{ detail: string }>(`/api/user-tasks/${task.key}/escalate`, owner, { method: 'POST', body: { reason: 'x', addCandidateInstitutions: ['no-existe'] } });
    expect(unknown.status).toBe(422);
    expect(unknown.body.detail).toContain('no-existe');

    const escalated = await api<Task & { candidatePeople: string[] }>(`/api/user-tasks/${task.key}/escalate`, owner, {
      method: 'POST',
      body: { reason: 'La entidad no responde', addCandidatePeople: ['francisca-soto'] },
    });
    expect(escalated.status).toBe(200);
    expect(escalated.body).toMatchObject({ candidatePeople: ['francisca-soto'], candidateRoles: ['lider-tecnico'] });
    expect((await api<{ items: Task[] }>('/api/user-tasks?candidate=me', lead)).body.items.map((item) => item.key)).toContain(task.key);
    expect((await api(`/api/user-tasks/${task.key}`, other)).status).toBe(200);
    const history = await api<{ records: { intent: string; value: { reason?: string; escalatedBy?: string }; actor: { id?: string } }[] }>(`/api/instances/${started.body.key}/history`, auditor);
    const record = history.body.records.find((entry) => entry.intent === 'USER_TASK_ESCALATED');
    expect(record?.value).toMatchObject({ reason: 'La entidad no responde', escalatedBy: 'ramiro-duarte' });
    expect(record?.actor).toEqual({ kind: 'person', id: 'ramiro-duarte' });
  });

  it('moves a token with a reason: the task is cancelled, the instance goes on from the target, the history says who and why', async () => {
    const started = await api<Instance>('/api/instances', owner, { method: 'POST', body: { bpmnProcessId: 'aprobacion' } });
    const refused = await api<{ status: number; detail: string }>(`/api/instances/${started.body.key}/move`, owner, { method: 'POST', body: { fromElementId: 'Fin', toElementId: 'Revisar', reason: 'x' } });
    expect(refused.status).toBe(409);
    expect(refused.body.detail).toContain('"Fin"');

    const moved = await api<Instance>(`/api/instances/${started.body.key}/move`, owner, { method: 'POST', body: { fromElementId: 'Revisar', toElementId: 'Fin', reason: 'Aprobada en la mesa de trabajo' } });
    expect(moved.status).toBe(200);
    expect(moved.body.state).toBe('completed');
    const history = await api<{ records: { intent: string; value: Record<string, unknown>; actor: unknown }[] }>(`/api/instances/${started.body.key}/history`, auditor);
    const record = history.body.records.find((entry) => entry.intent === 'TOKEN_MOVED');
    expect(record).toMatchObject({ value: { fromElementId: 'Revisar', toElementId: 'Fin', reason: 'Aprobada en la mesa de trabajo', movedBy: 'ramiro-duarte' }, actor: { kind: 'person', id: 'ramiro-duarte' } });
    expect(history.body.records.map((entry) => entry.intent)).toContain('USER_TASK_CANCELED');
  });
});
