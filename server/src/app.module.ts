import { type DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessApiModule } from './api/access-api.module.js';
import { HealthController } from './api/health.controller.js';
import { RuntimeApiModule } from './api/runtime/runtime-api.module.js';
import { dataSourceOptions } from './persistence/data-source.options.js';

/** Options that decide where Hito keeps its data. */
export interface AppOptions {
  databaseUrl: string;
  /** Simulation mode (`HITO_CLOCK=simulated`): time moves only through `POST /api/clock`. */
  simulatedClock?: boolean;
  /** Where a new simulation starts (epoch ms); default now. */
  simulationStart?: number;
  /** Zone of date-times written without one in processes; default America/Bogota. */
  timeZone?: string;
}

@Module({})
export class AppModule {
  static forRoot(options: AppOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        TypeOrmModule.forRoot(dataSourceOptions(options.databaseUrl)),
        AccessApiModule,
        RuntimeApiModule.register({ simulated: options.simulatedClock ?? false, start: options.simulationStart, timeZone: options.timeZone ?? 'America/Bogota' }),
      ],
      controllers: [HealthController],
    };
  }
}
