import { AsyncLocalStorage } from 'node:async_hooks';
import type { EntityManager } from 'typeorm';

/**
 * Work that must commit together with the first transaction a request runs through the durable
 * runtime (the idempotency key of a command). Set by the API around a handler.
 */
export interface CommandScope {
  /** Runs at the start of the request's first runtime transaction, inside it. */
  enter(db: EntityManager): Promise<void>;
  /** Whether that transaction committed. */
  entered: boolean;
}

/** The command scope of the current request, if any. */
export const commandScope = new AsyncLocalStorage<CommandScope>();
