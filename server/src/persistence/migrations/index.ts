import { Definitions1764061200000 } from './1764061200000-definitions.js';
import { Runtime1764062000000 } from './1764062000000-runtime.js';

/** Every schema migration, oldest first. The server runs pending ones at start. */
export const migrations = [Definitions1764061200000, Runtime1764062000000];
