import { select } from "./weighted-select";

/** A module constant: in Jest's vm context each lookup of a global (Number) in a loop is slow. */
const MINUS_INFINITY = Number.NEGATIVE_INFINITY;

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
  let i = 0;
  // Until the first cut every number is a candidate, minus infinity too.
  for (; i < n && count < capacity; i++) if ((logits[i] as number) >= MINUS_INFINITY) ids[count++] = i;
  if (count < capacity) return count > k ? keepBest(logits, ids, weights, count, k) : count;
  count = keepBest(logits, ids, weights, count, k);
  let threshold = logits[ids[k - 1] as number] as number;
  for (; i < n; i += 4) {
    // One branch for four logits: nearly all are below the threshold, and then cost one
    // comparison each, as in an argmax (half the time of taking them one by one).
    if (
      i + 3 < n &&
      !(
        (logits[i] as number) > threshold ||
        (logits[i + 1] as number) > threshold ||
        (logits[i + 2] as number) > threshold ||
        (logits[i + 3] as number) > threshold
      )
    )
      continue;
    for (let j = i; j < i + 4 && j < n; j++) {
      if (!((logits[j] as number) > threshold)) continue;
      ids[count++] = j;
      if (count === capacity) {
        count = keepBest(logits, ids, weights, count, k);
        threshold = logits[ids[k - 1] as number] as number;
      }
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
