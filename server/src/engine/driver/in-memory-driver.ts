import type { DeploymentResource } from '../model/compile.js';
import type { BatchResult } from '../protocol/batch-result.js';
import type { Command } from '../protocol/command.js';
import type { EngineRecord } from '../protocol/record.js';
import { Engine, type DeployResult, type EngineOptions } from '../processing/engine.js';
import { SimulatedClock } from '../time/clock.js';

/** A command the driver will send at a simulated time. */
interface Scheduled {
  at: number;
  sequence: number;
  command: Command;
  /** Timers: the key, so a cancelled timer is dropped. */
  timerKey?: number;
}

/** Called after every batch; may schedule more commands (e.g. a worker completing jobs later). */
export type BatchListener = (result: BatchResult, driver: InMemoryDriver) => void;

/** A command the driver sent, with the simulated time it was sent at (for golden histories). */
export interface SentCommand {
  at: number;
  command: Command;
}

/**
 * Runs the engine in memory with a simulated clock: delivers outbound commands (messages,
 * signals, call activities) in order, and fires due timers and scheduled commands in due order
 * as time is advanced. Keeps the whole log.
 */
export class InMemoryDriver {
  readonly engine: Engine;
  readonly clock: SimulatedClock;
  readonly log: EngineRecord[] = [];
  readonly sent: SentCommand[] = [];
  private readonly schedule: Scheduled[] = [];
  private readonly listeners: BatchListener[] = [];
  private sequence = 0;

  constructor(options: Omit<EngineOptions, 'clock'> & { startTime?: number }) {
    this.clock = new SimulatedClock(options.startTime ?? Date.UTC(2025, 0, 1));
    this.engine = new Engine({ ...options, clock: this.clock });
  }

  /** Listens to every batch result. */
  onBatch(listener: BatchListener): void {
    this.listeners.push(listener);
  }

  /** Deploys resources; records go to the log. */
  async deploy(resources: DeploymentResource[]): Promise<DeployResult> {
    const result = await this.engine.deploy(resources);
    if (result.result) this.absorb(result.result);
    return result;
  }

  /** Sends a command and every follow-up command it causes; fires timers that are already due. */
  dispatch(command: Command): BatchResult[] {
    const results: BatchResult[] = [];
    const queue: Command[] = [command];
    while (queue.length > 0) {
      const next = queue.shift()!;
      this.sent.push({ at: this.clock.now(), command: next });
      const result = this.engine.process(next);
      this.absorb(result);
      results.push(result);
      queue.push(...result.outbound);
    }
    return results;
  }

  /** Sends `command` when simulated time reaches `at`. */
  scheduleAt(at: number, command: Command): void {
    this.schedule.push({ at, sequence: this.sequence++, command });
  }

  /** Moves simulated time forward, firing everything due on the way, in due order. */
  advance(ms: number): void {
    const target = this.clock.now() + ms;
    this.runDue(target);
    this.clock.set(target);
  }

  /** Fires everything due up to `until` (default: now). */
  runDue(until = this.clock.now()): void {
    for (;;) {
      let best = -1;
      for (let index = 0; index < this.schedule.length; index++) {
        const candidate = this.schedule[index];
        if (candidate.at > until) continue;
        const current = this.schedule[best];
        if (best < 0 || candidate.at < current.at || (candidate.at === current.at && candidate.sequence < current.sequence)) best = index;
      }
      if (best < 0) return;
      const [due] = this.schedule.splice(best, 1);
      this.clock.set(due.at);
      this.dispatch(due.command);
    }
  }

  private absorb(result: BatchResult): void {
    for (const record of result.records) this.log.push(record);
    for (const key of result.timersCancelled) {
      const index = this.schedule.findIndex((entry) => entry.timerKey === key);
      if (index >= 0) this.schedule.splice(index, 1);
    }
    for (const timer of result.timersScheduled) {
      this.schedule.push({ at: timer.dueDate, sequence: this.sequence++, command: { type: 'TriggerTimer', timerKey: timer.timerKey }, timerKey: timer.timerKey });
    }
    for (const listener of this.listeners) listener(result, this);
  }
}
