import { fnv1a32 } from "../spec/dataset/select";

/**
 * Seeds derived from what identifies a case, never from its position in a batch or run: the same
 * spec seed, item and conditions always give the same seed, so outputs are identical at any batch
 * size, worker count, shard split and cache state, and differ between items.
 */

/** The `shuffle` helper's seed for one item. */
export function shuffleSeed(specSeed: number, itemId: string): number {
  return fnv1a32(`shuffle\u0000${specSeed}\u0000${itemId}`);
}

/** The decoding seed of one item under one combination of condition labels. */
export function caseSeed(specSeed: number, itemId: string, conditions: Readonly<Record<string, string>>): number {
  const labels = Object.keys(conditions)
    .sort()
    .map((name) => `${name}=${conditions[name]}`);
  return fnv1a32(["generate", String(specSeed), itemId, ...labels].join("\u0000"));
}
