export * from './engine-state.js';
export * from './replay.js';
export { applyRecord, APPLIERS } from './appliers/registry.js';
