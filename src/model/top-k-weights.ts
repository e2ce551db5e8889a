import { tokenWeight, weightScale } from "./token-weight";
import { topKCandidates } from "./top-k-candidates";
import { select } from "./weighted-select";

/**
 * One row's top k tokens in rank order (highest logit first, ties by lower id), each weighed as an
 * integer (token-weight.ts) so that every sum of weights is exact, found without ordering them
 * (top-k-candidates.ts), so that sampling can ask where a cumulative weight is crossed
 * ({@link crossing}): a selection among the k, O(k) expected.
 *
 * Its buffers stay from one row to the next: allocating a vocabulary's worth per sampled token
 * would cost as much as the sampling. Rows are weighed one at a time, each released when done.
 */
export class TopKWeights {
  private logits: ArrayLike<number> = [];
  /** The kept tokens and their weights, in no particular order. */
  private ids = new Int32Array(0);
  private weights = new Float64Array(0);
  private count = 0;
  /** The total weight of the kept tokens. */
  total = 0;
  /** After {@link crossing}: the cumulative weight up to and including the token it returned. */
  through = 0;

  /**
   * Weighs the first k tokens in rank order of the first `n` logits of a row at this temperature,
   * each relative to the best of them, on the scale of the whole vocabulary (`n` sets it).
   */
  weigh(logits: ArrayLike<number>, n: number, temperature: number, topK: number): void {
    this.logits = logits;
    const room = Math.min(n, 2 * topK);
    if (this.ids.length < room) {
      this.ids = new Int32Array(room);
      this.weights = new Float64Array(room);
    }
    const { ids, weights } = this;
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
    this.count = m;
    this.total = total;
  }

  /**
   * The first kept token in rank order whose cumulative weight exceeds `y` (an integer below the
   * total). Sets {@link through}.
   */
  crossing(y: number): number {
    const at = select(this.logits, this.ids, this.weights, this.count, y);
    let before = 0;
    for (let j = 0; j <= at; j++) before += this.weights[j] as number;
    this.through = before;
    return this.ids[at] as number;
  }

  /** Lets go of the row: it can be a view of a whole output tensor, which should not outlive the step. */
  release(): void {
    this.logits = [];
  }
}
