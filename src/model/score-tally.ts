import type { RowStats } from "./sampling";
import type { ContinuationScore, TokenLogprob } from "./score";

/** Accumulates one continuation's token log-probabilities (added in token order). */
export class Tally {
  sum = 0;
  greedy = true;
  /** Each token's id and log-probability, when the request asked for them (perToken). */
  private readonly each: TokenLogprob[] | undefined;

  constructor(
    readonly tokens: number,
    perToken = false,
  ) {
    this.each = perToken ? [] : undefined;
  }

  /** The token's log-probability at a position, from that position's logits and their {@link RowStats}. */
  add(logits: ArrayLike<number>, stats: RowStats, token: number): void {
    const logprob = (logits[token] as number) - stats.logSumExp;
    this.sum += logprob;
    if (stats.argmax !== token) this.greedy = false;
    this.each?.push({ id: token, logprob, greedy: stats.argmax === token });
  }

  result(): ContinuationScore {
    return {
      sum: this.sum,
      mean: this.tokens > 0 ? this.sum / this.tokens : 0,
      tokens: this.tokens,
      greedy: this.greedy,
      ...(this.each !== undefined ? { perToken: this.each } : {}),
    };
  }
}
