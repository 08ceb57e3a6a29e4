import type { BatchResult, Command, DeploymentResource, ScriptHandler } from '../engine/index.js';
import type { CaseHost } from './case-host.js';
import { InMemoryDriver } from './engine-imports.js';

/** Runs a case on the in-memory driver. */
export class InMemoryCaseHost implements CaseHost {
  readonly driver: InMemoryDriver;

  constructor(options: { scriptHandlers: ScriptHandler[]; defaultScriptFormat: string; startTime: number }) {
    this.driver = new InMemoryDriver(options);
  }

  async deploy(resources: DeploymentResource[]) {
    return (await this.driver.deploy(resources)).problems;
  }

  async dispatch(command: Command): Promise<string | undefined> {
    const [first] = this.driver.dispatch(command);
    return first.rejections[0]?.reason;
  }

  scheduleAt(at: number, command: Command): void {
    this.driver.scheduleAt(at, command);
  }

  async runDue(): Promise<void> {
    this.driver.runDue();
  }

  async advance(ms: number): Promise<void> {
    this.driver.advance(ms);
  }

  now(): number {
    return this.driver.clock.now();
  }

  onBatch(listener: (result: BatchResult) => void): void {
    this.driver.onBatch((result) => listener(result));
  }

  async outcomeTokens(): Promise<string[]> {
    const tokens = new Set<string>();
    const state = this.driver.engine.state;
    if (state.incidents.size > 0) tokens.add('ERROR_runtime');
    for (const instance of state.instances.values()) {
      if (instance.state === 'failed' && instance.failure?.reason === 'uncaught-error') tokens.add('ERROR_thrownErrorEvent');
    }
    return [...tokens];
  }

  async close(): Promise<void> {}
}
