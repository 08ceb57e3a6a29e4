import type { BatchResult, Command, DeploymentResource } from '../engine/index.js';

/**
 * Where a conformance case runs: in memory, or through the durable PostgreSQL runtime. Both fire
 * timers and scheduled commands in due order as simulated time advances, so results must agree.
 */
export interface CaseHost {
  /** Deploys; the problems, none when deployed. */
  deploy(resources: DeploymentResource[]): Promise<{ elementId?: string; message: string }[]>;
  /** Sends a command with all its follow-ups; the rejection reason, if refused. */
  dispatch(command: Command): Promise<string | undefined>;
  /** Sends `command` when simulated time reaches `at`. */
  scheduleAt(at: number, command: Command): void;
  /** Fires everything already due. */
  runDue(): Promise<void>;
  /** Moves simulated time forward, firing everything due on the way, in due order. */
  advance(ms: number): Promise<void>;
  now(): number;
  /** Called with every batch the host processed. */
  onBatch(listener: (result: BatchResult) => void): void;
  /** betsy outcome tokens read from the engine's state: incidents, instances failed by uncaught errors. */
  outcomeTokens(): Promise<string[]>;
  close(): Promise<void>;
}

/** A timer or scheduled command waiting for its time. */
interface Scheduled {
  at: number;
  sequence: number;
  command: Command;
  timerKey?: number;
}

/**
 * The due-order schedule both hosts share: timers from batch results, commands scheduled by the
 * runner; the earliest first, ties in scheduling order.
 */
export class DueSchedule {
  private readonly entries: Scheduled[] = [];
  private sequence = 0;

  add(at: number, command: Command, timerKey?: number): void {
    this.entries.push({ at, sequence: this.sequence++, command, timerKey });
  }

  /** Takes the timers a batch scheduled and drops those it cancelled. */
  absorb(result: BatchResult): void {
    for (const key of result.timersCancelled) {
      const index = this.entries.findIndex((entry) => entry.timerKey === key);
      if (index >= 0) this.entries.splice(index, 1);
    }
    for (const timer of result.timersScheduled) this.add(timer.dueDate, { type: 'TriggerTimer', timerKey: timer.timerKey }, timer.timerKey);
  }

  /** Removes and returns the earliest entry due at or before `until`. */
  next(until: number): Scheduled | undefined {
    let best = -1;
    for (let index = 0; index < this.entries.length; index++) {
      const candidate = this.entries[index];
      if (candidate.at > until) continue;
      const current = this.entries[best];
      if (best < 0 || candidate.at < current.at || (candidate.at === current.at && candidate.sequence < current.sequence)) best = index;
    }
    return best < 0 ? undefined : this.entries.splice(best, 1)[0];
  }
}
