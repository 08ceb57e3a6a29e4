import { startTestServer, type TestServer } from '../support/test-app.js';

describe('GET /api/health', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer('health');
  });
  afterAll(async () => {
    await server.close();
  });

  it('reports the server and its PostgreSQL up', async () => {
    const response = await fetch(`${server.baseUrl}/api/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', database: 'up' });
  });

  it('publishes the OpenAPI document at /api/docs-json', async () => {
    const response = await fetch(`${server.baseUrl}/api/docs-json`);
    expect(response.status).toBe(200);
    const document = (await response.json()) as { info: { title: string }; paths: Record<string, unknown> };
    expect(document.info.title).toBe('Hito API');
    expect(Object.keys(document.paths)).toContain('/api/health');
  });

  it('has run the schema migrations', async () => {
    const response = await fetch(`${server.baseUrl}/api/health`);
    expect(response.ok).toBe(true);
    const { DataSource } = await import('typeorm');
    const db = server.app.get(DataSource);
    const rows: { name: string }[] = await db.query('SELECT name FROM migrations ORDER BY id');
    expect(rows.map((row) => row.name)).toContain('Definitions1764061200000');
  });
});
