import type { NestExpressApplication } from '@nestjs/platform-express';
import { createApp } from '../../server/src/app.factory.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';

/** A Hito server on a fresh database, listening on a free loopback port. */
export interface TestServer {
  app: NestExpressApplication;
  baseUrl: string;
  database: TestDatabase;
  close(): Promise<void>;
}

export async function startTestServer(label: string, options: { simulatedClock?: boolean; simulationStart?: number } = {}): Promise<TestServer> {
  const database = await createTestDatabase(label);
  const app = await createApp({ databaseUrl: database.url, logger: ['error'], ...options });
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    app,
    baseUrl: `http://127.0.0.1:${port}`,
    database,
    async close() {
      await app.close();
      await database.drop();
    },
  };
}
