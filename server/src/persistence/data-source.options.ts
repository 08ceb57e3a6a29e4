import type { DataSourceOptions } from 'typeorm';
import { authEntities } from './auth/auth.entities.js';
import { directoryEntities } from './directory/directory.entities.js';
import { migrations } from './migrations/index.js';

/** TypeORM options for Hito's schema: migrations only, never `synchronize`. */
export function dataSourceOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: [...directoryEntities, ...authEntities],
    migrations,
    migrationsRun: true,
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: ['error', 'migration'],
  };
}
