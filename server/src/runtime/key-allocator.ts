import type { EntityManager } from 'typeorm';
import { reserveKeyBlock } from '../persistence/key-blocks.js';

/** Keys one transaction may use; a batch needing more is retried with a whole block. */
export const KEYS_PER_TRANSACTION = 8192;

/** A range of keys handed to one transaction. */
export interface KeyRange {
  first: number;
  end: number;
}

/**
 * Hands out key ranges from blocks reserved in the database, so that concurrent transactions in
 * this server process, and other server processes, never use the same key.
 */
export class KeyAllocator {
  private next = 0;
  private end = 0;

  async take(db: EntityManager, size = KEYS_PER_TRANSACTION): Promise<KeyRange> {
    if (this.end - this.next < size) {
      const block = await reserveKeyBlock(db);
      if (block.end - block.first < size) throw new Error(`A transaction cannot use more than ${block.end - block.first} keys`);
      this.next = block.first;
      this.end = block.end;
    }
    const range = { first: this.next, end: this.next + size };
    this.next += size;
    return range;
  }
}
