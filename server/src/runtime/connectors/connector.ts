import type { EntityManager } from 'typeorm';
import type { ActivatedJob } from '../../persistence/job.repository.js';

/** A failure of a connector: retried while the job has retries left, then an incident. */
export class ConnectorFailure extends Error {}

/** The connector asks for a BPMN error, caught by an error boundary event with that code. */
export class ConnectorBpmnError extends Error {
  constructor(readonly errorCode: string, message: string) {
    super(message);
  }
}

/**
 * What a connector did: variables for the job's completion, a side effect to store in the
 * transaction that completes the job (so it commits exactly when the job does), and work to run
 * after that commit.
 */
export interface ConnectorResult {
  variables?: Record<string, unknown>;
  store?: (db: EntityManager) => Promise<void>;
  afterCommit?: () => Promise<void>;
}

/**
 * A built-in job type run inside the server. `run` works outside any transaction (directory
 * look-ups, HTTP calls), so no database connection is held while it waits.
 */
export interface Connector {
  readonly type: string;
  run(job: ActivatedJob, now: number): Promise<ConnectorResult>;
}

/** A header as a list: a JSON list, or comma-separated text. */
export function headerList(value: string | undefined): string[] {
  if (!value) return [];
  const text = value.trim();
  if (text.startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(text);
      if (Array.isArray(parsed)) return parsed.map(String).map((item) => item.trim()).filter(Boolean);
    } catch {
      // not JSON: read as a comma list
    }
  }
  return text.split(',').map((item) => item.trim()).filter(Boolean);
}
