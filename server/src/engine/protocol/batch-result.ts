import type { Command } from './command.js';
import type { EngineRecord } from './record.js';

/** A timer the host must fire (send `TriggerTimer`) at `dueDate`. */
export interface ScheduledTimer {
  timerKey: number;
  instanceKey?: number;
  dueDate: number;
}

/** A job an outside worker must complete. */
export interface CreatedJob {
  jobKey: number;
  instanceKey: number;
  elementId: string;
  type: string;
  headers: Record<string, string>;
}

/** A refused command and why. */
export interface Rejection {
  command: Command;
  reason: string;
}

/** What one command produced: records to append and work for the host. */
export interface BatchResult {
  records: EngineRecord[];
  rejections: Rejection[];
  timersScheduled: ScheduledTimer[];
  timersCancelled: number[];
  jobsCreated: CreatedJob[];
  jobsCancelled: number[];
  /** Follow-up commands for other instances (messages, signals, call activities). */
  outbound: Command[];
}
