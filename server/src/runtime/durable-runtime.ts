import type { DataSource, EntityManager } from 'typeorm';
import type { ScriptHandler } from '../engine/processing/types.js';
import { DateTime, Duration } from 'luxon';
import type { BatchResult, Command, EngineRecord, EventRecord, RecordValues } from '../engine/protocol/index.js';
import type { Clock } from '../engine/time/clock.js';
import type { Actor, StoredRecord } from '../persistence/event-store.js';
import { insertDefinitions, sha256, type DeployedDefinition } from '../persistence/definition.repository.js';
import { bufferMessage, takeBufferedMessage } from '../persistence/message.repository.js';
import { commandTargets } from './command-targets.js';
import { commandScope } from './command-scope.js';
import { DefinitionCache } from './definition-cache.js';
import { CommandRejectedError, InvalidDeploymentError, KeyRangeExceededError } from './errors.js';
import { KeyAllocator, KEYS_PER_TRANSACTION } from './key-allocator.js';
import type { DirectoryPorts } from './directory-snapshot.js';
import { UnitOfWork, type UnitEngineOptions } from './unit-of-work.js';

/** Who sends a command, and what else it carries. */
export interface CommandContext {
  actor: Actor;
  /** Stored on an instance created by the command. */
  businessKey?: string;
}

/** What a committed command did. */
export interface CommandOutcome {
  records: EventRecord[];
  stored: StoredRecord[];
  createdInstances: number[];
  batches: BatchResult[];
}

/** A BPMN or form file of a deployment. */
export interface DeploymentFile {
  name: string;
  content: string;
}

/** The result of a deployment. */
export interface DeploymentOutcome {
  deploymentKey: number;
  processes: DeployedDefinition[];
  forms: { formId: string; version: number; resourceName: string }[];
}

const isMessageSubscription = (record: EngineRecord): record is EventRecord<'SUBSCRIPTION_OPENED'> =>
  record.recordType === 'EVENT' && record.intent === 'SUBSCRIPTION_OPENED' && (record as EventRecord<'SUBSCRIPTION_OPENED'>).value.type === 'message' && record.instanceKey !== undefined;

const RETRYABLE = new Set(['40001', '40P01']); // serialization failure, deadlock detected
const MAX_ATTEMPTS = 5;

export interface DurableRuntimeOptions {
  dataSource: DataSource;
  clock: Clock;
  moddleExtensions: Record<string, unknown>;
  scriptHandlers?: ScriptHandler[];
  /** Script format assumed where a script task declares none (the conformance runner's placeholders). */
  defaultScriptFormat?: string;
  /** IANA zone for date-times without one in the processes (default UTC). */
  timeZone?: string;
  /** Business calendars and candidate checks from the directory, fresh enough for a batch. */
  directory?: () => Promise<DirectoryPorts>;
}

/**
 * Runs engine commands durably: each command, with every follow-up it causes in other instances,
 * is one PostgreSQL transaction that locks the instances it touches, rebuilds them from their
 * records, and writes the new records, chain heads and projections together.
 */
export class DurableRuntime {
  readonly definitions: DefinitionCache;
  readonly clock: Clock;
  private readonly keys = new KeyAllocator();
  private readonly dataSource: DataSource;
  private readonly scriptHandlers: ScriptHandler[];
  private readonly moddleExtensions: Record<string, unknown>;
  private readonly defaultScriptFormat?: string;

  constructor(private readonly options: DurableRuntimeOptions) {
    this.defaultScriptFormat = options.defaultScriptFormat;
    this.dataSource = options.dataSource;
    this.clock = options.clock;
    this.scriptHandlers = options.scriptHandlers ?? [];
    this.moddleExtensions = options.moddleExtensions;
    this.definitions = new DefinitionCache(options.moddleExtensions);
  }

  /**
   * The directory's calendars and ids as of the last transaction start. They are fetched before a
   * transaction takes its connection, never inside one: a transaction waiting for a second pool
   * connection while every connection is held by such transactions would wait forever.
   */
  private directoryPorts?: DirectoryPorts;

  private engineOptions(): UnitEngineOptions {
    const directory = this.directoryPorts;
    return {
      scriptHandlers: this.scriptHandlers,
      moddleExtensions: this.moddleExtensions,
      defaultScriptFormat: this.defaultScriptFormat,
      timeZone: this.options.timeZone,
      calendars: directory?.calendars,
      candidateCheck: directory?.candidateCheck,
    };
  }

  /**
   * Runs work in a transaction, retrying it whole after a deadlock or serialization failure. The
   * first transaction of a request with a command scope (an idempotency key) runs the scope's
   * work first, so that it commits together with the command.
   */
  async transaction<T>(work: (db: EntityManager) => Promise<T>): Promise<T> {
    if (this.options.directory) this.directoryPorts = await this.options.directory();
    const scope = commandScope.getStore();
    const scoped = scope && !scope.entered
      ? async (db: EntityManager) => {
        await scope.enter(db);
        return work(db);
      }
      : work;
    for (let attempt = 1; ; attempt++) {
      try {
        const result = await this.dataSource.transaction(scoped);
        if (scope) scope.entered = true;
        return result;
      } catch (error) {
        const code = (error as { code?: string; driverError?: { code?: string } }).driverError?.code ?? (error as { code?: string }).code;
        if (attempt < MAX_ATTEMPTS && code && RETRYABLE.has(code)) continue;
        throw error;
      }
    }
  }

  /** Processes a command and its follow-ups in one transaction. Rejections change nothing. */
  async execute(command: Command, context: CommandContext): Promise<CommandOutcome> {
    const outcome = await this.transaction((db) => this.executeIn(db, command, context));
    // Committed deployment-level records (timer start events): this process reads them next time.
    if (outcome.records.some((record) => record.instanceKey === undefined)) this.definitions.markStale();
    return outcome;
  }

  /** Processes a command inside the caller's transaction. */
  async executeIn(db: EntityManager, command: Command, context: CommandContext): Promise<CommandOutcome> {
    try {
      return await this.run(db, command, context, KEYS_PER_TRANSACTION);
    } catch (error) {
      if (!(error instanceof KeyRangeExceededError)) throw error;
      return this.run(db, command, context, 1 << 20);
    }
  }

  private async run(db: EntityManager, command: Command, context: CommandContext, keyCount: number): Promise<CommandOutcome> {
    await this.definitions.refresh(db);
    const unit = new UnitOfWork(db, this.clock, this.definitions, await this.keys.take(db, keyCount), this.engineOptions());
    await unit.load(commandTargets(command));
    const first = unit.process(command);
    if (first.rejections.length > 0) throw new CommandRejectedError(first.rejections[0].reason);
    const queue = [...first.outbound];
    let seen = 0;
    for (;;) {
      for (let next = queue.shift(); next; next = queue.shift()) {
        await unit.load(commandTargets(next));
        queue.push(...unit.process(next).outbound);
      }
      // Message subscriptions opened by this unit may take a message that was published earlier
      // with a time to live and waited for them.
      const opened = unit.written.slice(seen).filter(isMessageSubscription);
      seen = unit.written.length;
      for (const subscription of opened) {
        const buffered = await takeBufferedMessage(db, subscription.value.name!, subscription.value.correlationKey, this.clock.now());
        if (buffered) queue.push({ type: 'PublishMessage', name: buffered.name, correlationKey: buffered.correlationKey, variables: buffered.variables });
      }
      if (queue.length === 0) break;
    }
    // The business key goes on the instance the command created (the first root activated).
    const fields = new Map<number, { business_key?: string | null }>();
    if (context.businessKey !== undefined && command.type === 'CreateInstance') {
      const created = unit.written.find((record) => record.intent === 'ELEMENT_ACTIVATING' && record.key === record.instanceKey);
      if (created) fields.set(created.key, { business_key: context.businessKey });
    }
    return unit.commit(context.actor, fields);
  }

  /**
   * Publishes a message to every subscription waiting for its name and correlation key. When none
   * waits and it has a time to live, it is kept for a subscription that opens before it expires.
   */
  publishMessage(message: { name: string; correlationKey?: string; variables?: Record<string, unknown>; timeToLive?: string }, actor: Actor): Promise<{ correlated: number; buffered: boolean }> {
    return this.transaction(async (db) => {
      const outcome = await this.executeIn(db, { type: 'PublishMessage', name: message.name, correlationKey: message.correlationKey, variables: message.variables }, { actor });
      const correlated = outcome.records.filter((record) => record.intent === 'SUBSCRIPTION_TRIGGERED').length + outcome.createdInstances.length;
      let buffered = false;
      if (correlated === 0 && message.timeToLive) {
        const expiresAt = DateTime.fromMillis(this.clock.now(), { zone: 'utc' }).plus(Duration.fromISO(message.timeToLive)).toMillis();
        await bufferMessage(db, message, this.clock.now(), expiresAt);
        buffered = true;
      }
      return { correlated, buffered };
    });
  }

  /**
   * Deploys BPMN processes and form-js forms together: every process becomes a new version, or,
   * when any file has a problem, nothing is deployed and every problem is reported.
   */
  async deploy(files: DeploymentFile[], actor: Actor): Promise<DeploymentOutcome> {
    return (await this.deployWithBatches(files, actor)).outcome;
  }

  /** {@link deploy}, also giving the engine's batch results (timers the deployment scheduled). */
  async deployWithBatches(files: DeploymentFile[], actor: Actor): Promise<{ outcome: DeploymentOutcome; batches: BatchResult[] }> {
    const bpmn = files.filter((file) => !file.name.endsWith('.form'));
    const forms = files.filter((file) => file.name.endsWith('.form'));
    const formProblems: InvalidDeploymentError['problems'] = [];
    const parsedForms = forms.map((file) => {
      try {
        const schema = JSON.parse(file.content) as { id?: unknown; components?: unknown };
        if (typeof schema.id !== 'string' || !Array.isArray(schema.components)) {
          formProblems.push({ resource: file.name, rule: 'form-schema', message: `Form "${file.name}" needs a string "id" and a "components" list (form-js schema).` });
        }
        return { file, schema };
      } catch (error) {
        formProblems.push({ resource: file.name, rule: 'form-json', message: `Form "${file.name}" is not valid JSON: ${(error as Error).message}` });
        return { file, schema: {} as { id?: unknown } };
      }
    });
    if (bpmn.length === 0 && forms.length === 0) {
      throw new InvalidDeploymentError([{ resource: '', rule: 'empty-deployment', message: 'A deployment needs at least one .bpmn or .form file.' }]);
    }
    const deployed = await this.transaction(async (db) => {
      await db.query('SELECT pg_advisory_xact_lock($1)', [482_917_001]);
      await this.definitions.refresh(db);
      const unit = new UnitOfWork(db, this.clock, this.definitions, await this.keys.take(db), this.engineOptions());
      const deployed = bpmn.length > 0
        ? await unit.engine.deploy(bpmn.map((file) => ({ name: file.name, xml: file.content }))).catch((error: unknown) => {
          // Elements nested thousands deep exhaust the stack of the model's recursive walk: the
          // file is refused, not the server.
          if (error instanceof RangeError && /call stack/i.test(error.message)) {
            throw new InvalidDeploymentError(bpmn.map((file) => ({
              resource: file.name, rule: 'nesting-too-deep', message: `"${file.name}" nests elements too deeply to be processed.`,
            })));
          }
          throw error;
        })
        : { deployed: [], problems: [], result: undefined };
      const problems = [
        ...deployed.problems.map((problem) => ({ resource: problem.resourceName, elementId: problem.elementId, rule: problem.rule, message: problem.message, line: problem.line })),
        ...formProblems,
      ];
      if (problems.length > 0) throw new InvalidDeploymentError(problems);
      const records = deployed.result ? unit.adopt(deployed.result) : [];
      const deploymentKey = records.length > 0
        ? (records[0].value as RecordValues['PROCESS_DEPLOYED']).deploymentKey
        : unit.engine.state.generateKey();
      await db.query(`INSERT INTO deployment (key, deployed_at, deployed_by) VALUES ($1, $2, $3)`, [
        deploymentKey, new Date(this.clock.now()), actor.id ?? actor.kind,
      ]);
      const processes = await insertDefinitions(db, records.filter((record) => record.intent === 'PROCESS_DEPLOYED').map((record) => {
        const value = record.value as RecordValues['PROCESS_DEPLOYED'];
        const model = deployed.deployed.find((entry) => entry.processKey === value.processKey)?.model;
        return { ...value, name: model?.name ?? null };
      }));
      const storedForms = [];
      for (const { file, schema } of parsedForms) {
        const [{ version }]: { version: number }[] = await db.query(
          `INSERT INTO form (form_id, version, deployment_key, resource_name, schema, checksum)
           SELECT $1, coalesce(max(version), 0) + 1, $2, $3, $4, $5 FROM form WHERE form_id = $1 RETURNING version`,
          [schema.id, deploymentKey, file.name, file.content, sha256(file.content)],
        );
        storedForms.push({ formId: String(schema.id), version, resourceName: file.name });
      }
      const committed = await unit.commit(actor);
      return { outcome: { deploymentKey, processes, forms: storedForms }, batches: committed.batches };
    });
    // This process reads the new versions at its next transaction, whatever its notifications do.
    this.definitions.markStale();
    return deployed;
  }
}
