import { fileURLToPath } from 'node:url';
import { CaseDatabases, DurableCaseHost } from '../../server/src/conformance/durable-case-host.js';
import { type ReportedCase, runManifest } from '../../server/src/conformance/manifest-runner.js';

const manifest = fileURLToPath(new URL('../../../shared/conformance/betsy/betsy-tests.json', import.meta.url));

const outcome = (result: ReportedCase) => ({ test: `${result.test} #${result.case}`, passed: result.passed, actual: [...result.actual].sort() });

describe('betsy conformance through the durable PostgreSQL runtime', () => {
  let databases: CaseDatabases;

  beforeAll(async () => {
    databases = await CaseDatabases.prepare(process.env.HITO_TEST_ADMIN_URL!);
  });

  afterAll(async () => {
    await databases?.close();
  });

  it('given every case of the shared manifest, gives exactly the in-memory results, case by case', async () => {
    const inMemory = await runManifest(manifest);
    const durable = await runManifest(manifest, { host: (options) => DurableCaseHost.open(databases, options) });

    expect(durable.length).toBe(inMemory.length);
    expect(durable.map(outcome)).toEqual(inMemory.map(outcome));
    expect(durable.filter((result) => result.passed).length).toBeGreaterThanOrEqual(331);
  }, 240_000);
});
