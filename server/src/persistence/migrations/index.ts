import { Definitions1764061200000 } from './1764061200000-definitions.js';

/** Every schema migration, oldest first. The server runs pending ones at start. */
export const migrations = [Definitions1764061200000];
