/** Counts the SQL statements a TypeORM DataSource sends, by statement shape, to see where a step's time goes. */
import { performance } from 'node:perf_hooks';
import type { DataSource } from 'typeorm';

export interface QueryStat {
  sql: string;
  count: number;
  ms: number;
}

export class QueryCounter {
  enabled = false;
  private readonly stats = new Map<string, QueryStat>();

  /** Wraps every query runner the DataSource creates from now on. */
  attach(dataSource: DataSource): void {
    const create = dataSource.createQueryRunner.bind(dataSource);
    dataSource.createQueryRunner = (...args: Parameters<DataSource['createQueryRunner']>) => {
      const runner = create(...args);
      const query = runner.query.bind(runner) as (...a: unknown[]) => Promise<unknown>;
      (runner as { query: unknown }).query = async (sql: string, ...rest: unknown[]) => {
        if (!this.enabled) return query(sql, ...rest);
        const started = performance.now();
        try {
          return await query(sql, ...rest);
        } finally {
          const shape = sql.replace(/\s+/g, ' ').trim().slice(0, 90);
          const stat = this.stats.get(shape) ?? { sql: shape, count: 0, ms: 0 };
          stat.count++;
          stat.ms += performance.now() - started;
          this.stats.set(shape, stat);
        }
      };
      return runner;
    };
  }

  reset(): void {
    this.stats.clear();
  }

  /** Statement shapes, most time first. */
  top(): QueryStat[] {
    return [...this.stats.values()].sort((a, b) => b.ms - a.ms);
  }

  get total(): number {
    let total = 0;
    for (const stat of this.stats.values()) total += stat.count;
    return total;
  }
}
