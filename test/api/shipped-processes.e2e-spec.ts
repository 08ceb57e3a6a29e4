import { deployShippedProcessesIfEmpty, shippedProcessFiles } from '../../server/src/runtime/shipped-processes.js';
import { call, loadDemoDirectory, signIn } from '../support/api-client.js';
import { startTestServer, type TestServer } from '../support/test-app.js';

describe('shipped methodologies on an empty database', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer('shipped_processes');
    await loadDemoDirectory(server);
  });

  afterAll(async () => {
    await server?.close();
  });

  it('deploys every process of processes/ with its forms once, as npm start does, and not again', async () => {
    const files = await shippedProcessFiles();
    const deployed = await deployShippedProcessesIfEmpty(server.app);

    expect(deployed?.processes.map((process) => process.bpmnProcessId).sort()).toEqual(
      expect.arrayContaining(['ciclo-reportes-alertas', 'estrategia-regional', 'lanzamiento-minuto-a-minuto', 'okr-trimestral', 'plan-accion-cluster']),
    );
    expect(deployed?.processes.every((process) => process.version === 1)).toBe(true);
    expect(deployed?.forms).toHaveLength(files.filter((file) => file.name.endsWith('.form')).length);
    expect(await deployShippedProcessesIfEmpty(server.app)).toBeUndefined();

    const token = (await signIn(server.baseUrl, 'felipe-ortiz')).accessToken;
    const definitions = await call<{ bpmnProcessId: string; version: number }[]>(server.baseUrl, '/api/definitions', { token });
    expect(definitions.body.filter((definition) => definition.version === 1)).toHaveLength(deployed!.processes.length);
    const form = await call<{ id: string; components: unknown[] }>(server.baseUrl, `/api/forms/${deployed!.forms[0].formId}`, { token });
    expect(form.status).toBe(200);
    expect(form.body.components.length).toBeGreaterThan(0);
  });
});
