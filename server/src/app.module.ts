import { type DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessApiModule } from './api/access-api.module.js';
import { HealthController } from './api/health.controller.js';
import { dataSourceOptions } from './persistence/data-source.options.js';

/** Options that decide where Hito keeps its data. */
export interface AppOptions {
  databaseUrl: string;
}

@Module({})
export class AppModule {
  static forRoot(options: AppOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [TypeOrmModule.forRoot(dataSourceOptions(options.databaseUrl)), AccessApiModule],
      controllers: [HealthController],
    };
  }
}
