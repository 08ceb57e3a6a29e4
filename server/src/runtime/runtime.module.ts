import { type DynamicModule, Inject, Injectable, Logger, Module, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Clock } from '../engine/time/clock.js';
import { DirectoryModule } from '../directory/directory.module.js';
import { DirectoryService } from '../directory/directory.service.js';
import { markEmailed } from '../persistence/notification.repository.js';
import { HttpConnector } from './connectors/http.connector.js';
import { JobExecutor } from './connectors/job-executor.js';
import { NotifyConnector } from './connectors/notify.connector.js';
import { smtpMailer } from './connectors/smtp-mailer.js';
import { DirectorySnapshot } from './directory-snapshot.js';
import { DurableRuntime } from './durable-runtime.js';
import { HITO_MODDLE_EXTENSIONS } from './hito-schema.js';
import { SimulatedRuntimeClock } from './simulated-runtime-clock.js';
import { SystemClock } from './system-clock.js';
import { fireDueTimers, TIMER_BATCH } from './timer-firing.js';

/** Injection token of the runtime's clock (`SystemClock`, or `SimulatedRuntimeClock` in simulation mode). */
export const RUNTIME_CLOCK = Symbol('RUNTIME_CLOCK');

/** How the runtime tells time. */
export interface RuntimeClockOptions {
  /** Simulation mode: time moves only through `POST /api/clock`. */
  simulated: boolean;
  /** Simulation start (epoch ms) for a database that has no simulated time yet; default now. */
  start?: number;
  /** IANA zone for date-times without one in the processes. */
  timeZone?: string;
}

/**
 * The server's background work, every `HITO_TIMER_POLL_MS` (default 1000 ms) and once at start:
 * fires due timers (with the system clock; timers missed during downtime fire once each, in due
 * order) and runs the built-in job types (`notify`, `http`). In simulation mode timers fire when the
 * clock is moved, and jobs run here and after every simulated step.
 */
@Injectable()
export class TimerPoller implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('TimerPoller');
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private stopped = false;

  constructor(
    private readonly runtime: DurableRuntime,
    @Inject(RUNTIME_CLOCK) private readonly clock: Clock,
    private readonly jobs: JobExecutor,
  ) {}

  onApplicationBootstrap(): void {
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
    this.runtime.definitions.unwatch();
  }

  private async drain(): Promise<void> {
    try {
      if (!(this.clock instanceof SimulatedRuntimeClock)) {
        while (!this.stopped && (await fireDueTimers(this.runtime)) === TIMER_BATCH);
      }
      if (!this.stopped) await this.jobs.drain();
    } catch (error) {
      this.logger.warn(`Background work failed, will retry: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}

/** The durable runtime, its clock and its timer poller, for the API. */
@Module({})
export class RuntimeModule {
  static register(clock: RuntimeClockOptions): DynamicModule {
    return {
      module: RuntimeModule,
      imports: [DirectoryModule],
      providers: [
        {
          provide: RUNTIME_CLOCK,
          inject: [DataSource],
          useFactory: (dataSource: DataSource): Promise<Clock> | Clock =>
            clock.simulated ? SimulatedRuntimeClock.load(dataSource, clock.start ?? Date.now()) : new SystemClock(),
        },
        {
          provide: DurableRuntime,
          inject: [DataSource, RUNTIME_CLOCK, DirectoryService],
          useFactory: async (dataSource: DataSource, runtimeClock: Clock, directory: DirectoryService) => {
            const snapshot = new DirectorySnapshot(directory);
            const runtime = new DurableRuntime({
              dataSource,
              clock: runtimeClock,
              moddleExtensions: HITO_MODDLE_EXTENSIONS,
              timeZone: clock.timeZone,
              directory: () => snapshot.current(),
            });
            await runtime.definitions.watch(dataSource);
            return runtime;
          },
        },
        {
          provide: JobExecutor,
          inject: [DurableRuntime, DirectoryService, DataSource],
          useFactory: async (runtime: DurableRuntime, directory: DirectoryService, dataSource: DataSource) =>
            new JobExecutor(runtime, [
              new NotifyConnector(directory, await smtpMailer(), (jobKey, people, at) => markEmailed(dataSource.manager, jobKey, people, at)),
              new HttpConnector(),
            ]),
        },
        TimerPoller,
      ],
      exports: [DurableRuntime, RUNTIME_CLOCK, JobExecutor],
    };
  }
}
