import { bucketAt, distance, MAX_BUCKETS, tokenWeight, type WeightScale, weightAt, weightScale } from "./token-weight";
import { topKCandidates } from "./top-k-candidates";
import { select } from "./weighted-select";

/** The bucket of a token that weighs nothing (too far below the top, or NaN). */
const NO_BUCKET = 0xffff;

/**
 * One row's kept tokens in rank order (highest logit first, ties by lower id), with their weights
 * (token-weight.ts), found without ordering them, so that sampling can ask where a cumulative
 * weight is crossed ({@link crossing}). O(n) per row.
 *
 * Without top-k, every token is kept, and tokens are grouped by their distance below the top in
 * 64ths of a halving: every token of a bucket ranks above every token of a later one, and each
 * bucket's total weight is kept. A crossing is then a scan of the bucket totals and a selection
 * among one bucket's tokens (usually a few dozen). With top-k, the k kept tokens are found in one
 * pass (top-k-candidates.ts) and form the only bucket.
 *
 * Its buffers stay from one row to the next: allocating a vocabulary's worth per sampled token
 * would cost as much as the sampling. Rows are weighed one at a time, each released when done.
 */
export class RankedWeights {
  private logits: ArrayLike<number> = [];
  private n = 0;
  private scale: WeightScale = weightScale(0, 1, 1);
  /** Token → bucket (NO_BUCKET when it weighs nothing). */
  private buckets = new Uint16Array(0);
  /** Bucket → total weight of its tokens. */
  private readonly sums = new Float64Array(MAX_BUCKETS);
  /** The highest bucket written to, so that the next row clears only those. */
  private touched = -1;
  /** The tokens of one bucket (`listed`) and their weights, in no particular order. */
  private ids = new Int32Array(0);
  private weights = new Float64Array(0);
  private listed = -1;
  private listedCount = 0;
  /** The total weight of the kept tokens. */
  total = 0;
  /** After {@link crossing}: the cumulative weight up to and including the token it returned. */
  through = 0;

  /**
   * Weighs the first `n` logits of a row at this temperature, keeping the first `topK` tokens in
   * rank order (all of them when topK is 0 or at least n).
   */
  weigh(logits: ArrayLike<number>, n: number, temperature: number, topK: number): void {
    this.logits = logits;
    this.n = n;
    if (this.buckets.length < n) {
      this.buckets = new Uint16Array(n);
      this.ids = new Int32Array(n);
      this.weights = new Float64Array(n);
    }
    const sums = this.sums;
    sums.fill(0, 0, this.touched + 1);
    if (topK > 0 && topK < n) this.weighTopK(temperature, topK);
    else {
      this.scale = weightScale(topOf(logits, n), temperature, n);
      this.touched = weighAll(logits, n, this.scale, this.buckets, sums);
      this.listed = -1;
    }
    let total = 0;
    for (let b = 0; b <= this.touched; b++) total += sums[b] as number;
    this.total = total;
  }

  /**
   * The first kept token in rank order whose cumulative weight exceeds `y` (an integer below the
   * total). Sets {@link through}.
   */
  crossing(y: number): number {
    const sums = this.sums;
    let before = 0;
    let b = 0;
    while (before + (sums[b] as number) <= y) before += sums[b++] as number;
    if (b !== this.listed) {
      this.listedCount = listBucket(this.logits, this.n, this.scale, this.buckets, b, this.ids, this.weights);
      this.listed = b;
    }
    const at = select(this.logits, this.ids, this.weights, this.listedCount, y - before);
    for (let j = 0; j <= at; j++) before += this.weights[j] as number;
    this.through = before;
    return this.ids[at] as number;
  }

  /** Lets go of the row: it can be a view of a whole output tensor, which should not outlive the step. */
  release(): void {
    this.logits = [];
  }

  /** The top-k, weighed, as bucket 0 (the scale is the whole vocabulary's: `n` sets it). */
  private weighTopK(temperature: number, topK: number): void {
    const { logits, n, ids, weights } = this;
    const m = topKCandidates(logits, n, topK, ids, weights);
    let top = Number.NEGATIVE_INFINITY;
    for (let j = 0; j < m; j++)
      if ((logits[ids[j] as number] as number) > top) top = logits[ids[j] as number] as number;
    const scale = weightScale(top, temperature, n);
    let total = 0;
    for (let j = 0; j < m; j++) {
      const w = tokenWeight(scale, logits[ids[j] as number] as number);
      weights[j] = w;
      total += w;
    }
    this.scale = scale;
    this.sums[0] = total;
    this.touched = 0;
    this.listed = 0;
    this.listedCount = m;
  }
}

// The passes over the vocabulary are functions of their own, with everything they use as locals:
// V8 compiles a long loop while it runs, and code after it that has not run yet (no type feedback)
// then throws the compiled code away, on every row.

/** The highest logit, NaN aside: four running maxima, so that no comparison waits on the last. */
function topOf(logits: ArrayLike<number>, n: number): number {
  let a = Number.NEGATIVE_INFINITY;
  let b = a;
  let c = a;
  let d = a;
  let i = 0;
  for (; i + 3 < n; i += 4) {
    const v0 = logits[i] as number;
    const v1 = logits[i + 1] as number;
    const v2 = logits[i + 2] as number;
    const v3 = logits[i + 3] as number;
    if (v0 > a) a = v0;
    if (v1 > b) b = v1;
    if (v2 > c) c = v2;
    if (v3 > d) d = v3;
  }
  for (; i < n; i++) if ((logits[i] as number) > a) a = logits[i] as number;
  if (b > a) a = b;
  if (d > c) c = d;
  return Math.max(a, c);
}

/** Buckets every token and sums each bucket's weights; returns the last bucket used. */
function weighAll(
  logits: ArrayLike<number>,
  n: number,
  scale: WeightScale,
  buckets: Uint16Array,
  sums: Float64Array,
): number {
  const { top, perUnit, last, table } = scale;
  let touched = -1;
  for (let i = 0; i < n; i++) {
    const q = distance(top, perUnit, logits[i] as number);
    if (!(q <= last)) {
      buckets[i] = NO_BUCKET;
      continue;
    }
    const k = bucketAt(q);
    buckets[i] = k;
    sums[k] += weightAt(table, k, q);
    if (k > touched) touched = k;
  }
  return touched;
}

/** Lists the tokens of bucket `b` with their weights; returns how many. */
function listBucket(
  logits: ArrayLike<number>,
  n: number,
  scale: WeightScale,
  buckets: Uint16Array,
  b: number,
  ids: Int32Array,
  weights: Float64Array,
): number {
  const { top, perUnit, table } = scale;
  let m = 0;
  for (let i = 0; i < n; i++) {
    if (buckets[i] !== b) continue;
    ids[m] = i;
    weights[m] = weightAt(table, b, distance(top, perUnit, logits[i] as number));
    m++;
  }
  return m;
}
