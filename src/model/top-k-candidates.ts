import { select } from "./weighted-select";

/**
 * Puts the first k tokens in rank order (highest logit first, ties by lower id; NaN never) in
 * `ids[0 … count)`, in no particular order, and returns count (k, or fewer when fewer logits are
 * numbers). One pass: a buffer of candidates that, whenever it holds 2k, is cut back to the best
 * k by selection; from then on only a logit above the k-th best so far can be among them (an equal
 * one comes later, so has a higher id). Most tokens are one comparison each; O(n) expected.
 * `ids` and `weights` (scratch for the selection) hold at least min(n, 2k).
 */
export function topKCandidates(
  logits: ArrayLike<number>,
  n: number,
  k: number,
  ids: Int32Array,
  weights: Float64Array,
): number {
  const capacity = 2 * k;
  let count = 0;
  let threshold = Number.NEGATIVE_INFINITY;
  let full = false;
  for (let i = 0; i < n; i++) {
    const v = logits[i] as number;
    // Until the first cut every number is a candidate, minus infinity too.
    if (!(v > threshold || (v === threshold && !full))) continue;
    ids[count++] = i;
    if (count === capacity) {
      count = keepBest(logits, ids, weights, count, k);
      threshold = logits[ids[k - 1] as number] as number;
      full = true;
    }
  }
  return count > k ? keepBest(logits, ids, weights, count, k) : count;
}

/** Moves the best k of ids[0 … count) to the front, the k-th last; returns k. */
function keepBest(logits: ArrayLike<number>, ids: Int32Array, weights: Float64Array, count: number, k: number): number {
  weights.fill(1, 0, count);
  select(logits, ids, weights, count, k - 1);
  return k;
}
