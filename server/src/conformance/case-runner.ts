import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { InMemoryDriver, replay, SCRIPT_PLACEHOLDER_FORMAT } from './engine-imports.js';
import { betsyScriptHandler, CaseLog, SCRIPT_WAIT_MS } from './betsy-scripts.js';
import { normalizeErrors, sameMultiset } from './compare.js';
import { rewriteConditions } from './condition-dialect.js';
import type { ManifestCase, ManifestTest } from './manifest.js';

/** The outcome of one case. */
export interface CaseResult {
  test: string;
  case: number;
  expected: string[];
  actual: string[];
  passed: boolean;
  /** Whether replaying the log rebuilt the live state (when checked). */
  replayMatches?: boolean;
  detail?: string;
}

/** Options of {@link runCase}. */
export interface CaseOptions {
  checkReplay?: boolean;
  /** Receives the driver after the case (tests record golden histories with it). */
  inspect?: (driver: InMemoryDriver) => void;
}

/**
 * Runs one betsy case in memory: deploy (with the condition dialect mapped to FEEL), start the
 * instances, let simulated time pass, collect the log lines and outcome tokens, compare as a multiset.
 */
export async function runCase(manifestDir: string, test: ManifestTest, testCase: ManifestCase, options: CaseOptions = {}): Promise<CaseResult> {
  const expected = testCase.expected_trace;
  const log = new CaseLog();
  const driver = new InMemoryDriver({ scriptHandlers: [betsyScriptHandler(() => log)], defaultScriptFormat: SCRIPT_PLACEHOLDER_FORMAT });
  driver.onBatch((result, current) => {
    for (const job of result.jobsCreated) {
      if (job.type === 'script') current.scheduleAt(current.clock.now() + SCRIPT_WAIT_MS, { type: 'CompleteJob', jobKey: job.jobKey });
    }
    for (const record of result.records) {
      if (record.recordType !== 'EVENT' || record.intent !== 'JOB_COMPLETED') continue;
      const script = current.engine.state.jobs.get(record.key)?.headers.script;
      const span = script ? log.intervals.get(script) : undefined;
      if (span) span.end = record.time;
    }
  });
  const tokens: string[] = [];
  let detail: string | undefined;
  try {
    const xml = rewriteConditions(await readFile(join(manifestDir, test.process_file), 'utf8'));
    const deployment = await driver.deploy([{ name: test.process_file, xml }]);
    if (deployment.problems.length > 0) {
      tokens.push('ERROR_deployment');
      detail = deployment.problems.map((problem) => `${problem.elementId ?? '-'}: ${problem.message}`).join('; ');
    } else {
      if (testCase.start_parallel_process_first) driver.dispatch({ type: 'CreateInstance', bpmnProcessId: 'ParallelProcess' });
      const variables: Record<string, unknown> = { ...(testCase.start_variables ?? {}) };
      const first = driver.dispatch({ type: 'CreateInstance', bpmnProcessId: test.process_to_start ?? test.test, variables });
      if (first[0].rejections.length > 0) {
        tokens.push('ERROR_runtime');
        detail = first[0].rejections[0].reason;
      }
      driver.runDue();
      driver.advance(testCase.wait_after_start_ms ?? 0);
      tokens.push(...outcomeTokens(driver));
    }
  } catch (error) {
    tokens.push('ERROR_runtime');
    detail = `engine failure: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
  }
  const actual = normalizeErrors(expected, [...log.collect(), ...tokens]);
  const result: CaseResult = { test: test.test, case: testCase.case, expected, actual, passed: sameMultiset(expected, actual), detail };
  if (options.checkReplay) result.replayMatches = isDeepStrictEqual(replay(driver.log), driver.engine.state);
  options.inspect?.(driver);
  return result;
}

function outcomeTokens(driver: InMemoryDriver): string[] {
  const tokens = new Set<string>();
  for (const incident of driver.engine.state.incidents.values()) if (incident) tokens.add('ERROR_runtime');
  for (const instance of driver.engine.state.instances.values()) {
    if (instance.state === 'failed' && instance.failure?.reason === 'uncaught-error') tokens.add('ERROR_thrownErrorEvent');
  }
  return [...tokens];
}
