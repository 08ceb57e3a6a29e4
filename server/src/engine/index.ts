/** The deterministic BPMN engine core: commands in, event records out, no I/O. */
export * from './protocol/index.js';
export * from './model/executable-model.js';
export { compileDeployment, type DeploymentResource, type CompiledDeployment, type CompileOptions } from './model/compile.js';
export * from './lifecycle/index.js';
export * from './expression/index.js';
export * from './time/index.js';
export * from './state/index.js';
export { Engine, type EngineOptions, type DeployResult } from './processing/engine.js';
export type { ScriptHandler, ScriptInput, ScriptOutcome, Variables } from './processing/types.js';
export { InMemoryDriver, type BatchListener, type SentCommand } from './driver/in-memory-driver.js';
