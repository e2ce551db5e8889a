import type { RowStats } from "./sampling";
import type { ContinuationScore } from "./score";

/** Accumulates one continuation's token log-probabilities. */
export class Tally {
  sum = 0;
  greedy = true;
  constructor(readonly tokens: number) {}

  /** The token's log-probability at a position, from that position's logits and their {@link RowStats}. */
  add(logits: ArrayLike<number>, stats: RowStats, token: number): void {
    this.sum += (logits[token] as number) - stats.logSumExp;
    if (stats.argmax !== token) this.greedy = false;
  }

  result(): ContinuationScore {
    return {
      sum: this.sum,
      mean: this.tokens > 0 ? this.sum / this.tokens : 0,
      tokens: this.tokens,
      greedy: this.greedy,
    };
  }
}
