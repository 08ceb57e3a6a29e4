import { readFile } from 'node:fs/promises';

/** One case of a betsy test. */
export interface ManifestCase {
  case: number;
  start_variables?: Record<string, unknown>;
  start_parallel_process_first?: boolean;
  wait_after_start_ms?: number;
  expected_trace: string[];
}

/** One betsy test: a BPMN file, the process to start and its cases. */
export interface ManifestTest {
  test: string;
  group?: string;
  process_file: string;
  process_to_start?: string;
  cases: ManifestCase[];
  known_issues?: string[];
}

/** A betsy-format manifest: execution tests and constraint (must-reject) tests. */
export interface Manifest {
  tests?: ManifestTest[];
  bpmn_constraint_tests?: ManifestTest[];
}

/** Reads a manifest file. */
export async function readManifest(path: string): Promise<Manifest> {
  return JSON.parse(await readFile(path, 'utf8')) as Manifest;
}
