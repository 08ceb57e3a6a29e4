import type { ScriptHandler, ScriptInput, ScriptOutcome } from '../engine/index.js';

/** Time a deferred placeholder script takes in simulated time. */
export const SCRIPT_WAIT_MS = 10_000;

const PLACEHOLDERS = new Set([
  'CREATE_LOG_FILE',
  'CREATE_MARKER_FILE',
  'INCREMENT_INTEGER_VARIABLE',
  'INCREMENT_INTEGER_VARIABLE_AND_LOG',
  'SET_STRING_DATA',
  'LOG_DATA',
  'THROW_ERROR',
  'WAIT_TEN_SECONDS',
  'CREATE_TIMESTAMP_LOG_1',
  'CREATE_TIMESTAMP_LOG_2',
]);

/** What the placeholder scripts of one case wrote (betsy's log file, marker file and data log). */
export class CaseLog {
  lines: string[] = [];
  marker = false;
  data: unknown[] = [];
  /** CREATE_TIMESTAMP_LOG_n: [start, end) in simulated time, keyed by script name. */
  readonly intervals = new Map<string, { start: number; end?: number }>();

  /** The lines betsy collects at the end of a case, besides outcome tokens. */
  collect(): string[] {
    const lines = [...this.lines];
    if (this.marker) lines.push('MARKER_exists');
    if (this.data.length > 0 && this.data.every((value) => value === 'String')) lines.push('DATA_correct');
    const spans = [...this.intervals.values()];
    if (spans.length >= 2 && spans.every((span) => span.end !== undefined)) {
      const overlap = spans.every((a) => spans.every((b) => a === b || (a.start < b.end! && b.start < a.end!)));
      if (overlap) lines.push('EXECUTION_parallel');
    }
    return lines;
  }
}

/**
 * The betsy placeholder tokens as a registered script handler (they are tokens, not code; nothing
 * is evaluated). Scripts that take time (WAIT_TEN_SECONDS, CREATE_TIMESTAMP_LOG_n) are deferred to
 * a job that the runner completes after {@link SCRIPT_WAIT_MS} of simulated time.
 */
export function betsyScriptHandler(log: () => CaseLog): ScriptHandler {
  return {
    accepts: (_format, script) => PLACEHOLDERS.has(script.trim()) || /^SCRIPT_task\d+$/.test(script.trim()),
    run: (input: ScriptInput): ScriptOutcome => {
      const token = input.script.trim();
      const caseLog = log();
      if (/^SCRIPT_task\d+$/.test(token)) {
        caseLog.lines.push(token);
        return { outcome: 'completed' };
      }
      const counter = Number(input.variables.integerVariable ?? 0);
      switch (token) {
        case 'CREATE_LOG_FILE':
          caseLog.lines = [];
          return { outcome: 'completed' };
        case 'CREATE_MARKER_FILE':
          caseLog.marker = true;
          return { outcome: 'completed' };
        case 'INCREMENT_INTEGER_VARIABLE':
          return { outcome: 'completed', variables: { integerVariable: counter + 1 } };
        case 'INCREMENT_INTEGER_VARIABLE_AND_LOG':
          caseLog.lines.push('INCREMENT_correct');
          return { outcome: 'completed', variables: { integerVariable: counter + 1 } };
        case 'SET_STRING_DATA':
          return { outcome: 'completed', variables: { data: 'String' } };
        case 'LOG_DATA':
          caseLog.data.push(input.variables.data);
          return { outcome: 'completed' };
        case 'THROW_ERROR':
          return { outcome: 'error', errorCode: 'ERR_CODE', message: 'THROW_ERROR placeholder' };
        case 'CREATE_TIMESTAMP_LOG_1':
        case 'CREATE_TIMESTAMP_LOG_2':
          caseLog.intervals.set(token, { start: input.now });
          return { outcome: 'deferred' };
        default:
          return { outcome: 'deferred' };
      }
    },
  };
}
