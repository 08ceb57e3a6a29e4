import { Inject, Injectable, Logger, Module, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Clock } from '../engine/time/clock.js';
import { DurableRuntime } from './durable-runtime.js';
import { HITO_MODDLE_EXTENSIONS } from './hito-schema.js';
import { SimulatedRuntimeClock } from './simulated-runtime-clock.js';
import { SystemClock } from './system-clock.js';
import { fireDueTimers, TIMER_BATCH } from './timer-firing.js';

/** Injection token of the runtime's clock (`SystemClock`, or `SimulatedRuntimeClock` in simulation mode). */
export const RUNTIME_CLOCK = Symbol('RUNTIME_CLOCK');

/** `HITO_CLOCK=simulated` runs on a simulated clock moved through `POST /api/clock`. */
export const isSimulated = (env: NodeJS.ProcessEnv = process.env) => env.HITO_CLOCK === 'simulated';

/**
 * Polls for due timers with the system clock (every `HITO_TIMER_POLL_MS`, default 1000 ms), and
 * once at start so that timers missed during downtime fire, once each, in due order.
 */
@Injectable()
export class TimerPoller implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('TimerPoller');
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private stopped = false;

  constructor(private readonly runtime: DurableRuntime, @Inject(RUNTIME_CLOCK) private readonly clock: Clock) {}

  onApplicationBootstrap(): void {
    if (this.clock instanceof SimulatedRuntimeClock) return;
    const interval = Number(process.env.HITO_TIMER_POLL_MS ?? 1000);
    const poll = () => {
      if (this.stopped || this.running) return;
      this.running = this.drain().finally(() => (this.running = undefined));
    };
    poll();
    this.timer = setInterval(poll, interval);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  private async drain(): Promise<void> {
    try {
      while (!this.stopped && (await fireDueTimers(this.runtime)) === TIMER_BATCH);
    } catch (error) {
      this.logger.warn(`Timers could not fire now, will retry: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}

/** The durable runtime, its clock and its timer poller, for the API. */
@Module({
  providers: [
    {
      provide: RUNTIME_CLOCK,
      inject: [DataSource],
      useFactory: (dataSource: DataSource): Promise<Clock> | Clock =>
        isSimulated() ? SimulatedRuntimeClock.load(dataSource, Date.parse(process.env.HITO_CLOCK_START ?? '') || Date.now()) : new SystemClock(),
    },
    {
      provide: DurableRuntime,
      inject: [DataSource, RUNTIME_CLOCK],
      useFactory: (dataSource: DataSource, clock: Clock) => new DurableRuntime({ dataSource, clock, moddleExtensions: HITO_MODDLE_EXTENSIONS }),
    },
    TimerPoller,
  ],
  exports: [DurableRuntime, RUNTIME_CLOCK],
})
export class RuntimeModule {}
