export * from './feel.js';
export * from './feel-environment.js';
