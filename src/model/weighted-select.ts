const { imul } = Math;

/** Pivots are chosen at random (the answer does not depend on them) so that no order of input is slow. */
let seed = 1;
function randomBelow(m: number): number {
  seed = (imul(seed, 1_103_515_245) + 12_345) & 0x7fffffff;
  return seed % m;
}

/**
 * Rearranges `ids[0 … m)` (with their `weights`) so that the tokens ranked before the one where
 * the cumulative weight, in rank order (highest logit first, ties by lower id), first exceeds `y`
 * come first, and returns its position: a quickselect, O(m) expected, whose partitions also sum
 * the weights they pass. With every weight 1 it finds the (y + 1)-th token. The logits must not
 * be NaN; weights are integers, so every sum is exact.
 */
export function select(
  logits: ArrayLike<number>,
  ids: Int32Array,
  weights: Float64Array,
  m: number,
  y: number,
): number {
  let lo = 0;
  let hi = m;
  let rest = y;
  while (hi - lo > 1) {
    swap(ids, weights, lo + randomBelow(hi - lo), hi - 1);
    const pivot = ids[hi - 1] as number;
    const pivotLogit = logits[pivot] as number;
    let store = lo;
    let ahead = 0;
    for (let j = lo; j < hi - 1; j++) {
      const id = ids[j] as number;
      const l = logits[id] as number;
      if (l > pivotLogit || (l === pivotLogit && id < pivot)) {
        ahead += weights[j] as number;
        swap(ids, weights, j, store++);
      }
    }
    swap(ids, weights, store, hi - 1);
    const w = weights[store] as number;
    if (rest < ahead) hi = store;
    else if (rest < ahead + w) return store;
    else {
      rest -= ahead + w;
      lo = store + 1;
    }
  }
  return lo;
}

function swap(ids: Int32Array, weights: Float64Array, a: number, b: number): void {
  const id = ids[a] as number;
  const w = weights[a] as number;
  ids[a] = ids[b] as number;
  weights[a] = weights[b] as number;
  ids[b] = id;
  weights[b] = w;
}
