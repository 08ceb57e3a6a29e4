export * from './feel.js';
