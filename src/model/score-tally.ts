import type { RowStats } from "./sampling";
import type { ContinuationScore, TokenLogprob } from "./score";
import { topKCandidates } from "./top-k-candidates";

/** Accumulates one continuation's token log-probabilities (added in token order). */
export class Tally {
  sum = 0;
  greedy = true;
  /** Each token's id and log-probability, when the request asked for them (perToken). */
  private readonly each: TokenLogprob[] | undefined;

  constructor(
    readonly tokens: number,
    perToken = false,
    /** With perToken: the most likely tokens to give at each position (TokenLogprob.top). */
    private readonly top = 0,
    /** Tokens the model may emit (wider logits are padding), for `top`. */
    private readonly vocabSize = 0,
  ) {
    this.each = perToken ? [] : undefined;
  }

  /** The token's log-probability at a position, from that position's logits and their {@link RowStats}. */
  add(logits: ArrayLike<number>, stats: RowStats, token: number): void {
    const logprob = (logits[token] as number) - stats.logSumExp;
    this.sum += logprob;
    if (stats.argmax !== token) this.greedy = false;
    if (this.each === undefined) return;
    const greedy = stats.argmax === token;
    this.each.push(
      this.top > 0
        ? {
            id: token,
            logprob,
            greedy,
            top: topTokens(logits, stats, this.vocabSize, Math.min(this.top, this.vocabSize)),
          }
        : { id: token, logprob, greedy },
    );
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

/** The k most likely tokens of a position, most likely first (ties by lower id, as argmax breaks them). */
function topTokens(logits: ArrayLike<number>, stats: RowStats, vocabSize: number, k: number) {
  const ids = new Int32Array(2 * k);
  const count = topKCandidates(logits, vocabSize, k, ids, new Float64Array(2 * k));
  return [...ids.subarray(0, count)]
    .sort((a, b) => (logits[b] as number) - (logits[a] as number) || a - b)
    .map((id) => ({ id, logprob: (logits[id] as number) - stats.logSumExp }));
}
