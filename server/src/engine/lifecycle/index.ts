export * from './machines.js';
export * from './lifecycle-table.js';
