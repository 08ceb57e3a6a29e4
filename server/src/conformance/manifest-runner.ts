import { readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { type CaseResult, type HostFactory, runCase } from './case-runner.js';
import { readManifest } from './manifest.js';

/** An expectation the project considers wrong, with the reason (from known-exceptions.json). */
export interface KnownException {
  test: string;
  case?: number;
  reason: string;
}

/** A case result with its known-exception status. */
export interface ReportedCase extends CaseResult {
  knownException?: string;
}

/** Reads the known exceptions file (missing file: none). */
export async function readKnownExceptions(path: string | undefined): Promise<KnownException[]> {
  if (!path) return [];
  try {
    const parsed = JSON.parse(await readFile(path, 'utf8')) as { exceptions?: KnownException[] } | KnownException[];
    return Array.isArray(parsed) ? parsed : (parsed.exceptions ?? []);
  } catch {
    return [];
  }
}

/** Runs every case of every test (execution and constraint tests) of a manifest. */
export async function runManifest(
  manifestPath: string,
  options: { checkReplay?: boolean; host?: HostFactory; exceptions?: KnownException[]; onCase?: (result: ReportedCase) => void } = {},
): Promise<ReportedCase[]> {
  const manifest = await readManifest(manifestPath);
  const dir = dirname(manifestPath);
  const results: ReportedCase[] = [];
  for (const test of [...(manifest.tests ?? []), ...(manifest.bpmn_constraint_tests ?? [])]) {
    for (const testCase of test.cases) {
      const result: ReportedCase = await runCase(dir, test, testCase, { checkReplay: options.checkReplay, host: options.host });
      const exception = options.exceptions?.find((entry) => entry.test === test.test && (entry.case === undefined || entry.case === testCase.case));
      if (exception && !result.passed) result.knownException = exception.reason;
      results.push(result);
      options.onCase?.(result);
    }
  }
  return results;
}
