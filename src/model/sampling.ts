import { RankedWeights } from "./ranked-weights";

/** How the next token is chosen: temperature 0 is greedy; top-k 0 and top-p 1 are off. */
export interface SamplingSettings {
  readonly temperature: number;
  readonly topK: number;
  readonly topP: number;
}

export const GREEDY: SamplingSettings = { temperature: 0, topK: 0, topP: 1 };

/**
 * The globals the loops over the vocabulary call, as module constants: Jest runs tests in a vm
 * context, where each lookup of a global (Math, Number) goes through the context's interceptor. Per
 * logit that cost about 20× the arithmetic, and sampling and scoring were most of the test suite's
 * CPU time; in plain Node the two are the same.
 */
const { ceil, exp, floor, log, max: larger, min } = Math;

const ranked = new RankedWeights();

/**
 * Picks the next token from one position's logits. Only the first `vocabSize` logits count: an
 * export may have more (padding), and those are never chosen. Greedy takes the highest logit
 * (the lowest id on a tie).
 *
 * Sampling ranks the tokens from the highest logit to the lowest (ties by id) and weighs each by
 * its softmax at the temperature as an integer (`tokenWeight`, token-weight.ts: 2^(s − d) rounded,
 * d halvings below the top token's 2^s), so that every sum of weights is exact, in any order. It
 * keeps the first top-k tokens in rank order, then the shortest run of them whose weight reaches
 * top-p times their total, and returns the first kept token whose cumulative weight exceeds
 * ⌊u · kept total⌋, for u in [0, 1) (1 counts as just below it): the same `u` always gives the same
 * token. NaN logits weigh nothing; equal infinite top logits share the weight. Nothing is sorted:
 * the cumulative weights are found by buckets and selection ({@link RankedWeights}), in O(n).
 */
export function pickToken(logits: ArrayLike<number>, vocabSize: number, settings: SamplingSettings, u: number): number {
  const n = min(vocabSize, logits.length);
  if (settings.temperature === 0) return argmax(logits, n);
  ranked.weigh(logits, n, settings.temperature, settings.topK);
  const token = sample(settings, u);
  ranked.release();
  return token;
}

function sample(settings: SamplingSettings, u: number): number {
  let kept = ranked.total;
  if (kept === 0) return 0; // no logit but NaN: nothing weighs anything
  if (settings.topP < 1) {
    ranked.crossing(ceil(settings.topP * kept) - 1);
    kept = ranked.through;
  }
  return ranked.crossing(min(floor(u * kept), kept - 1));
}

export function argmax(logits: ArrayLike<number>, n = logits.length): number {
  let best = 0;
  for (let i = 1; i < n; i++) if ((logits[i] as number) > (logits[best] as number)) best = i;
  return best;
}

/** log-softmax of one position's logits over the first `n` entries (the tokenizer's vocabulary). */
export function logSoftmax(logits: ArrayLike<number>, n = logits.length): Float64Array {
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++) max = larger(max, logits[i] as number);
  let sum = 0;
  for (let i = 0; i < n; i++) sum += exp((logits[i] as number) - max);
  const lse = max + log(sum);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = (logits[i] as number) - lse;
  return out;
}
