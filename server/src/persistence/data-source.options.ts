import type { DataSourceOptions } from 'typeorm';
import { migrations } from './migrations/index.js';

/** TypeORM options for Hito's schema: migrations only, never `synchronize`. */
export function dataSourceOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: [],
    migrations,
    migrationsRun: true,
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: ['error', 'migration'],
  };
}
