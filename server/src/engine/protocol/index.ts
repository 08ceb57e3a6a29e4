export * from './intent.js';
export * from './version.js';
export * from './record.js';
export * from './command.js';
export * from './batch-result.js';
