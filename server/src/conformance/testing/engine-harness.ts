import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { InMemoryDriver, type BatchResult, type Command, type EngineOptions, type EventRecord, type Intent, type ScriptHandler } from '../../engine/index.js';

/** Engine options a spec may set (ports such as calendars or the candidate check, the zone, the start time). */
export type HarnessOptions = Omit<EngineOptions, 'clock' | 'scriptHandlers' | 'moddleExtensions'> & { startTime?: number };

/**
 * A given/when/then harness for engine specs: deploys `.bpmn` fixtures into an in-memory driver
 * with a simulated clock and answers questions about the resulting log and state. Lives outside
 * `engine/` because it reads files.
 */
export class EngineHarness {
  readonly driver: InMemoryDriver;
  results: BatchResult[] = [];

  private constructor(scriptHandlers: ScriptHandler[], hito: unknown, options: HarnessOptions) {
    this.driver = new InMemoryDriver({ ...options, scriptHandlers, moddleExtensions: { hito } });
  }

  /** Deploys fixtures (paths relative to the spec's `import.meta.url`); fails on any problem. */
  static async given(specUrl: string, files: string[], scriptHandlers: ScriptHandler[] = [], options: HarnessOptions = {}): Promise<EngineHarness> {
    const schema = fileURLToPath(new URL('../../../../processes/schema/hito.json', import.meta.url));
    const harness = new EngineHarness(scriptHandlers, JSON.parse(await readFile(schema, 'utf8')), options);
    const problems = await harness.deploy(specUrl, files);
    if (problems.length > 0) throw new Error(`fixture does not deploy: ${problems.join('; ')}`);
    return harness;
  }

  /** Deploys fixtures and returns the problem messages (empty when deployed). */
  async deploy(specUrl: string, files: string[]): Promise<string[]> {
    const dir = dirname(fileURLToPath(specUrl));
    const resources = await Promise.all(files.map(async (name) => ({ name, xml: await readFile(join(dir, name), 'utf8') })));
    const result = await this.driver.deploy(resources);
    return result.problems.map((problem) => `${problem.elementId ?? '-'} ${problem.rule}: ${problem.message}`);
  }

  /** Sends a command (and everything it causes). */
  when(command: Command): BatchResult[] {
    this.results = this.driver.dispatch(command);
    return this.results;
  }

  /** Starts an instance; returns its key. */
  start(bpmnProcessId: string, variables: Record<string, unknown> = {}): number {
    const [first] = this.when({ type: 'CreateInstance', bpmnProcessId, variables });
    const record = first.records.find((r) => r.recordType === 'EVENT' && r.intent === 'ELEMENT_ACTIVATING');
    if (!record) throw new Error(`instance not created: ${first.rejections.map((r) => r.reason).join('; ')}`);
    return record.key;
  }

  /** Lets simulated time pass. */
  advance(ms: number): void {
    this.driver.advance(ms);
  }

  /** Event records of an intent (optionally of an element). */
  events<I extends Intent>(intent: I, elementId?: string): EventRecord<I>[] {
    return this.driver.log.filter(
      (record): record is EventRecord<I> => record.recordType === 'EVENT' && record.intent === intent && (elementId === undefined || record.elementId === elementId),
    );
  }

  /** Element ids that completed, in order. */
  completedElements(): string[] {
    return this.events('ELEMENT_COMPLETED').map((record) => record.elementId!);
  }

  /** How often an element completed. */
  timesCompleted(elementId: string): number {
    return this.events('ELEMENT_COMPLETED', elementId).length;
  }

  /** Element ids of the live element instances (waiting or running). */
  activeElements(): string[] {
    return [...this.driver.engine.state.elementInstances.values()].map((instance) => instance.elementId);
  }

  /** State of a process instance. */
  instanceState(instanceKey: number): string | undefined {
    return this.driver.engine.state.instances.get(instanceKey)?.state;
  }

  /** A variable of an instance's root scope. */
  variable(instanceKey: number, name: string): unknown {
    return this.driver.engine.state.variables.get(instanceKey)?.get(name);
  }

  /** The last value written to a variable anywhere in the log. */
  lastValue(name: string): unknown {
    const writes = [...this.events('VARIABLE_CREATED'), ...this.events('VARIABLE_UPDATED')].filter((record) => record.value.name === name);
    writes.sort((a, b) => a.position - b.position);
    return writes.at(-1)?.value.value;
  }

  /** The live user task of an element (the newest one), from the engine state. */
  task(elementId: string) {
    return [...this.driver.engine.state.userTasks.values()].filter((task) => task.elementId === elementId).at(-1);
  }

  /** Messages of the incidents raised so far (optionally on one element). */
  incidents(elementId?: string): string[] {
    return this.events('INCIDENT_CREATED', elementId).map((record) => `${record.value.errorType}: ${record.value.message}`);
  }

  /** Rejection reasons of the last command. */
  rejections(): string[] {
    return this.results.flatMap((result) => result.rejections.map((rejection) => rejection.reason));
  }
}
