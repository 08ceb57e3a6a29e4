import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { ScriptHandler } from '../engine/index.js';
import type { CaseHost } from './case-host.js';
import { type InMemoryDriver, replay, SCRIPT_PLACEHOLDER_FORMAT } from './engine-imports.js';
import { InMemoryCaseHost } from './in-memory-case-host.js';
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

/** Makes the host a case runs on, with the runner's script handlers. */
export type HostFactory = (options: { scriptHandlers: ScriptHandler[]; defaultScriptFormat: string; startTime: number }) => Promise<CaseHost>;

/** The in-memory host (default). */
export const inMemoryHost: HostFactory = async (options) => new InMemoryCaseHost(options);

/** Options of {@link runCase}. */
export interface CaseOptions {
  /** Where the case runs; in memory by default. */
  host?: HostFactory;
  /** In memory only: also check that replaying the log rebuilds the live state. */
  checkReplay?: boolean;
  /** In memory only: receives the driver after the case (tests record golden histories with it). */
  inspect?: (driver: InMemoryDriver) => void;
}

/**
 * Runs one betsy case: deploy (with the condition dialect mapped to FEEL), start the instances,
 * let simulated time pass, collect the log lines and outcome tokens, compare as a multiset.
 */
export async function runCase(manifestDir: string, test: ManifestTest, testCase: ManifestCase, options: CaseOptions = {}): Promise<CaseResult> {
  const expected = testCase.expected_trace;
  const log = new CaseLog();
  const host = await (options.host ?? inMemoryHost)({
    scriptHandlers: [betsyScriptHandler(() => log)],
    defaultScriptFormat: SCRIPT_PLACEHOLDER_FORMAT,
    startTime: Date.UTC(2025, 0, 1),
  });
  const scriptOfJob = new Map<number, string>();
  host.onBatch((result) => {
    for (const job of result.jobsCreated) {
      if (job.type !== 'script') continue;
      if (job.headers.script) scriptOfJob.set(job.jobKey, job.headers.script);
      host.scheduleAt(host.now() + SCRIPT_WAIT_MS, { type: 'CompleteJob', jobKey: job.jobKey });
    }
    for (const record of result.records) {
      if (record.recordType !== 'EVENT' || record.intent !== 'JOB_COMPLETED') continue;
      const script = scriptOfJob.get(record.key);
      const span = script ? log.intervals.get(script) : undefined;
      if (span) span.end = record.time;
    }
  });
  const tokens: string[] = [];
  let detail: string | undefined;
  try {
    const xml = rewriteConditions(await readFile(join(manifestDir, test.process_file), 'utf8'));
    const problems = await host.deploy([{ name: test.process_file, xml }]);
    if (problems.length > 0) {
      tokens.push('ERROR_deployment');
      detail = problems.map((problem) => `${problem.elementId ?? '-'}: ${problem.message}`).join('; ');
    } else {
      if (testCase.start_parallel_process_first) await host.dispatch({ type: 'CreateInstance', bpmnProcessId: 'ParallelProcess' });
      const variables: Record<string, unknown> = { ...(testCase.start_variables ?? {}) };
      const rejection = await host.dispatch({ type: 'CreateInstance', bpmnProcessId: test.process_to_start ?? test.test, variables });
      if (rejection !== undefined) {
        tokens.push('ERROR_runtime');
        detail = rejection;
      }
      await host.runDue();
      await host.advance(testCase.wait_after_start_ms ?? 0);
      tokens.push(...(await host.outcomeTokens()));
    }
  } catch (error) {
    tokens.push('ERROR_runtime');
    detail = `engine failure: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
  } finally {
    await host.close();
  }
  const actual = normalizeErrors(expected, [...log.collect(), ...tokens]);
  const result: CaseResult = { test: test.test, case: testCase.case, expected, actual, passed: sameMultiset(expected, actual), detail };
  if (host instanceof InMemoryCaseHost) {
    if (options.checkReplay) result.replayMatches = isDeepStrictEqual(replay(host.driver.log), host.driver.engine.state);
    options.inspect?.(host.driver);
  }
  return result;
}
