import { fileURLToPath } from 'node:url';
import { readKnownExceptions, type ReportedCase, runManifest } from '../../server/src/conformance/manifest-runner.ts';

const manifest = fileURLToPath(new URL('../../../shared/conformance/betsy/betsy-tests.json', import.meta.url));
const exceptionsFile = fileURLToPath(new URL('./known-exceptions.json', import.meta.url));

describe('betsy conformance, in memory', () => {
  let results: ReportedCase[] = [];

  beforeAll(async () => {
    results = await runManifest(manifest, { checkReplay: true, exceptions: await readKnownExceptions(exceptionsFile) });
  }, 120_000);

  it('given the shared manifest, when every case runs, then every case not listed as a known exception passes', () => {
    const failures = results.filter((result) => !result.passed && !result.knownException).map((result) => `${result.test} #${result.case}: expected ${JSON.stringify(result.expected)} got ${JSON.stringify(result.actual)}`);
    expect(results.length).toBeGreaterThan(300);
    expect(failures).toEqual([]);
  });

  it('given each case log, when replayed through the appliers, then it rebuilds exactly the live state', () => {
    const mismatches = results.filter((result) => result.replayMatches !== true).map((result) => `${result.test} #${result.case}`);
    expect(mismatches).toEqual([]);
  });

  it('given the known exceptions, when run, then each still fails (an exception that passes must be removed)', () => {
    const stale = results.filter((result) => result.passed && result.knownException);
    expect(stale).toEqual([]);
    expect(results.filter((result) => result.knownException).length).toBeLessThanOrEqual(2);
  });
});
