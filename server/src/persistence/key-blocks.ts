import type { EntityManager } from 'typeorm';

/** Keys per block: 2^20. A batch that needs more is refused rather than colliding. */
export const KEY_BLOCK_SIZE = 1 << 20;

/**
 * Reserves a block of engine keys, unique across every server process on the database: block `n`
 * owns the keys `[n * 2^20, (n + 1) * 2^20)`. Keys stay below 2^53, JavaScript's exact integers, for
 * 2^33 blocks.
 */
export async function reserveKeyBlock(db: EntityManager): Promise<{ first: number; end: number }> {
  const [row]: { block: string }[] = await db.query(`SELECT nextval('hito_key_block') AS block`);
  const first = Number(row.block) * KEY_BLOCK_SIZE;
  return { first, end: first + KEY_BLOCK_SIZE };
}
