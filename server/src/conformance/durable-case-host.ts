import pg from 'pg';
import { DataSource } from 'typeorm';
import { SimulatedClock, type BatchResult, type Command, type DeploymentResource, type ScriptHandler } from '../engine/index.js';
import { dataSourceOptions } from '../persistence/data-source.options.js';
import { DurableRuntime } from '../runtime/durable-runtime.js';
import { CommandRejectedError, InvalidDeploymentError, NotFoundError } from '../runtime/errors.js';
import { HITO_MODDLE_EXTENSIONS } from '../runtime/hito-schema.js';
import { type CaseHost, DueSchedule } from './case-host.js';

/**
 * The database durable cases run in: migrated once, emptied between cases (every table but the
 * migrations, and the key sequence), so each case starts as on a fresh installation.
 */
export class CaseDatabases {
  private readonly name = `hito_conformance_${process.pid}`;
  private tables: string[] = [];

  private constructor(private readonly adminUrl: string) {}

  static async prepare(adminUrl: string): Promise<CaseDatabases> {
    const databases = new CaseDatabases(adminUrl);
    await databases.admin(async (client) => {
      await client.query(`DROP DATABASE IF EXISTS ${databases.name} WITH (FORCE)`);
      await client.query(`CREATE DATABASE ${databases.name}`);
    });
    const dataSource = await new DataSource(dataSourceOptions(databases.url)).initialize();
    const rows: { table_name: string }[] = await dataSource.query(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> 'migrations'`,
    );
    databases.tables = rows.map((row) => row.table_name);
    await dataSource.destroy();
    return databases;
  }

  get url(): string {
    const url = new URL(this.adminUrl);
    url.pathname = `/${this.name}`;
    return url.toString();
  }

  /** Empties the case database. */
  async reset(dataSource: DataSource): Promise<void> {
    await dataSource.query(`TRUNCATE ${this.tables.map((table) => `"${table}"`).join(', ')} RESTART IDENTITY CASCADE`);
    await dataSource.query(`ALTER SEQUENCE hito_key_block RESTART`);
  }

  async close(): Promise<void> {
    await this.admin(async (client) => {
      await client.query(`DROP DATABASE IF EXISTS ${this.name} WITH (FORCE)`);
    });
  }

  private async admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
    const client = new pg.Client({ connectionString: this.adminUrl });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  }
}

/** Runs a case through the durable runtime: every command is a PostgreSQL transaction. */
export class DurableCaseHost implements CaseHost {
  private readonly clock: SimulatedClock;
  private readonly schedule = new DueSchedule();
  private readonly listeners: ((result: BatchResult) => void)[] = [];

  private constructor(
    private readonly dataSource: DataSource,
    private readonly runtime: DurableRuntime,
    clock: SimulatedClock,
  ) {
    this.clock = clock;
  }

  static async open(databases: CaseDatabases, options: { scriptHandlers: ScriptHandler[]; defaultScriptFormat: string; startTime: number }): Promise<DurableCaseHost> {
    const dataSource = await new DataSource({ ...dataSourceOptions(databases.url), migrationsRun: false, logging: false }).initialize();
    await databases.reset(dataSource);
    const clock = new SimulatedClock(options.startTime);
    const runtime = new DurableRuntime({
      dataSource,
      clock,
      moddleExtensions: HITO_MODDLE_EXTENSIONS,
      scriptHandlers: options.scriptHandlers,
      defaultScriptFormat: options.defaultScriptFormat,
    });
    return new DurableCaseHost(dataSource, runtime, clock);
  }

  async deploy(resources: DeploymentResource[]) {
    try {
      const { batches } = await this.runtime.deployWithBatches(resources.map((resource) => ({ name: resource.name, content: resource.xml })), { kind: 'system', id: 'conformance' });
      for (const batch of batches) this.absorb(batch);
      return [];
    } catch (error) {
      if (error instanceof InvalidDeploymentError) return error.problems.map((problem) => ({ elementId: problem.elementId, message: problem.message }));
      throw error;
    }
  }

  async dispatch(command: Command): Promise<string | undefined> {
    try {
      const outcome = await this.runtime.execute(command, { actor: { kind: 'system', id: 'conformance' } });
      for (const batch of outcome.batches) this.absorb(batch);
      return undefined;
    } catch (error) {
      if (error instanceof CommandRejectedError || error instanceof NotFoundError) return error.message;
      throw error;
    }
  }

  scheduleAt(at: number, command: Command): void {
    this.schedule.add(at, command);
  }

  async runDue(until = this.clock.now()): Promise<void> {
    for (let due = this.schedule.next(until); due; due = this.schedule.next(until)) {
      this.clock.set(due.at);
      await this.dispatch(due.command);
    }
  }

  async advance(ms: number): Promise<void> {
    const target = this.clock.now() + ms;
    await this.runDue(target);
    this.clock.set(target);
  }

  now(): number {
    return this.clock.now();
  }

  onBatch(listener: (result: BatchResult) => void): void {
    this.listeners.push(listener);
  }

  async outcomeTokens(): Promise<string[]> {
    const tokens: string[] = [];
    const [{ incidents }] = await this.dataSource.query(`SELECT count(*)::int AS incidents FROM incident`);
    if (incidents > 0) tokens.push('ERROR_runtime');
    const failed = await this.dataSource.query(`SELECT 1 FROM process_instance WHERE state = 'failed' AND outcome->>'reason' = 'uncaught-error' LIMIT 1`);
    if (failed.length > 0) tokens.push('ERROR_thrownErrorEvent');
    return tokens;
  }

  async close(): Promise<void> {
    await this.dataSource.destroy();
  }

  private absorb(result: BatchResult): void {
    this.schedule.absorb(result);
    for (const listener of this.listeners) listener(result);
  }
}
