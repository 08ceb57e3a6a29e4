import { compileDeployment, type CompiledDeployment, type DeploymentResource } from '../model/compile.js';
import type { DeployedProcess, ExecutableElement } from '../model/executable-model.js';
import type { BatchResult } from '../protocol/batch-result.js';
import type { Command } from '../protocol/command.js';
import type { EngineRecord, RecordValues } from '../protocol/record.js';
import type { ElementInstanceState } from '../state/engine-state.js';
import { EngineState } from '../state/engine-state.js';
import { replay } from '../state/replay.js';
import type { CalendarPort } from '../time/business-calendar.js';
import type { Clock } from '../time/clock.js';
import { Batch } from './batch.js';
import { checkConditions } from './behaviour/subscription.behaviour.js';
import { COMMAND_HANDLERS } from './command/command-registry.js';
import { deployProcesses } from './deployment.js';
import { processorFor } from './processor-registry.js';
import { runStep } from './step-runner.js';
import type { CandidateCheck, ElementProcessor, EngineCore, ScriptHandler } from './types.js';

/** What the host provides. */
export interface EngineOptions {
  clock: Clock;
  /** Starting state (e.g. rebuilt by replay); a fresh in-memory state by default. */
  state?: EngineState;
  /** Handlers for script formats other than FEEL (none by default: such scripts are refused). */
  scriptHandlers?: ScriptHandler[];
  /** Script format assumed where a script task declares none. */
  defaultScriptFormat?: string;
  /** Moddle packages for extension elements (Hito's `hito:` schema), read at deploy. */
  moddleExtensions?: Record<string, unknown>;
  /**
   * IANA zone of the installation (default `UTC`): `now()`/`today()` in FEEL, date-times written
   * without zone (timers, due dates) and calendar days are read in it.
   */
  timeZone?: string;
  /** Business calendars by id (FEEL calendar functions, `hito:schedule calendar`). */
  calendars?: CalendarPort;
  /** Directory check of resolved user-task candidates; missing ids raise an incident. */
  candidateCheck?: CandidateCheck;
}

/** The outcome of a deployment. */
export interface DeployResult {
  deployed: DeployedProcess[];
  problems: CompiledDeployment['problems'];
  result?: BatchResult;
}

/**
 * The deterministic engine: `deploy` compiles BPMN (async: parsing), `process` runs one command
 * synchronously to the next wait state and returns the records plus the work for the host.
 */
export class Engine implements EngineCore {
  readonly state: EngineState;
  readonly clock: Clock;
  readonly models = new Map<number, DeployedProcess>();
  readonly scriptHandlers: readonly ScriptHandler[];
  readonly timeZone: string;
  readonly calendars?: CalendarPort;
  readonly candidateCheck?: CandidateCheck;
  private readonly defaultScriptFormat?: string;
  private readonly moddleExtensions?: Record<string, unknown>;

  constructor(options: EngineOptions) {
    this.clock = options.clock;
    this.state = options.state ?? new EngineState();
    this.scriptHandlers = options.scriptHandlers ?? [];
    this.defaultScriptFormat = options.defaultScriptFormat;
    this.moddleExtensions = options.moddleExtensions;
    this.timeZone = options.timeZone ?? 'UTC';
    this.calendars = options.calendars;
    this.candidateCheck = options.candidateCheck;
  }

  processorFor(instance: ElementInstanceState, element: ExecutableElement): ElementProcessor {
    return processorFor(instance, element);
  }

  /** Compiles resources without deploying them (validation only). */
  compile(resources: DeploymentResource[]): Promise<CompiledDeployment> {
    return compileDeployment(resources, {
      scriptSupport: (format, body) => this.scriptHandlers.some((handler) => handler.accepts(format, body)),
      defaultScriptFormat: this.defaultScriptFormat,
      knownProcessIds: [...this.state.latestProcess.keys()],
      moddleExtensions: this.moddleExtensions,
    });
  }

  /** Deploys all processes of the resources, or nothing when any problem is found. */
  async deploy(resources: DeploymentResource[]): Promise<DeployResult> {
    const compiled = await this.compile(resources);
    if (compiled.problems.length > 0) return { deployed: [], problems: compiled.problems };
    const batch = this.batch();
    const deployed = deployProcesses(batch, compiled.processes, (entry) => this.models.set(entry.processKey, entry));
    batch.run();
    return { deployed, problems: [], result: batch.result() };
  }

  /** Processes one command and every follow-up step until the instances wait. */
  process(command: Command): BatchResult {
    const batch = this.batch();
    (COMMAND_HANDLERS[command.type] as (batch: Batch, command: Command) => void)(batch, command);
    batch.run();
    return batch.result();
  }

  /**
   * Rebuilds an engine from a log: the deployed resources are compiled again, then every record is
   * applied. The result has exactly the state live processing left behind.
   */
  static async restore(records: EngineRecord[], options: EngineOptions): Promise<Engine> {
    const engine = new Engine({ ...options, state: new EngineState() });
    for (const record of records) {
      if (record.recordType !== 'EVENT' || record.intent !== 'PROCESS_DEPLOYED') continue;
      const value = record.value as RecordValues['PROCESS_DEPLOYED'];
      const compiled = await compileDeployment([{ name: value.resourceName, xml: value.resource }], {
        scriptSupport: () => true,
        defaultScriptFormat: options.defaultScriptFormat,
        knownProcessIds: [value.bpmnProcessId],
        moddleExtensions: options.moddleExtensions,
      });
      const process = compiled.processes.find((candidate) => candidate.model.id === value.bpmnProcessId);
      if (process) engine.models.set(value.processKey, { processKey: value.processKey, bpmnProcessId: value.bpmnProcessId, version: value.version, model: process.model });
    }
    replay(records, engine.state);
    return engine;
  }

  private batch(): Batch {
    return new Batch(this, runStep, checkConditions);
  }
}
