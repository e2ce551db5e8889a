import { expNonPositive } from "./exp-nonpositive";
import { pickAmongTies, pickInNucleus } from "./nucleus";
import { TopKWeights } from "./top-k-weights";
import { vocabularyKernel } from "./wasm/vocabulary-kernel";

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
const { ceil, floor, fround, log, max: larger, min } = Math;
const { NEGATIVE_INFINITY } = Number;

const ranked = new TopKWeights();

/**
 * Picks the next token from one position's logits, read as float32. Only the first `vocabSize`
 * logits count: an export may have more (padding), and those are never chosen. Greedy takes the
 * highest logit (the lowest id on a tie). u is in [0, 1) (1 counts as just below it): the same u
 * always gives the same token, at any batch size and in any order. NaN logits weigh nothing; when
 * the top logit is infinite, the tokens equal to it share all the weight (and a row of NaN gives 0).
 *
 * Temperature alone (the paper's protocols) goes through the vocabulary kernel (wasm/): each token
 * weighs 2^-(top − logit)·log2(e)/T in float32 (its softmax relative to the top token, within
 * 6e-6 relatively at 36 halvings below the top, 3e-6 near it), and the token is the first in id
 * order whose running sum of weights exceeds u times the total: three passes over the row at
 * SIMD speed, nothing ordered. Top-p alone weighs the same way and keeps a draw only inside the
 * nucleus (nucleus.ts).
 *
 * With top-k, order matters: the k best tokens are found in one pass (ranked from the highest
 * logit, ties by id) and each weighed by its softmax at the temperature as an integer
 * (`tokenWeight`, token-weight.ts: 2^(s − d) rounded, d halvings below the top token's 2^s), so
 * that every sum of weights is exact, in any order. Top-p then keeps the shortest run of them
 * whose weight reaches top-p times their total, and the token is the first kept one whose
 * cumulative weight exceeds ⌊u · kept total⌋. Nothing is sorted: the cumulative weights are found
 * by selection ({@link TopKWeights}), in O(n + k).
 */
export function pickToken(logits: ArrayLike<number>, vocabSize: number, settings: SamplingSettings, u: number): number {
  const n = min(vocabSize, logits.length);
  if (settings.temperature === 0) return argmax(logits, n);
  if (settings.topK === 0 || settings.topK >= n) return withoutTopK(logits, n, settings, u);
  ranked.weigh(logits, n, settings.temperature, settings.topK);
  const token = sample(settings, u);
  ranked.release();
  return token;
}

function withoutTopK(logits: ArrayLike<number>, n: number, settings: SamplingSettings, u: number): number {
  const kernel = vocabularyKernel();
  const padded = kernel.load(logits, n);
  const { temperature, topP } = settings;
  const top = topP < 1 ? kernel.topOfBlocks(padded) : kernel.top(padded);
  if (top - top === 0)
    return topP < 1 ? pickInNucleus(padded, top, temperature, topP, u) : kernel.sample(padded, top, temperature, u);
  // An infinite top (or only NaN and minus infinity): the tokens equal to it share the weight.
  const first = kernel.firstEqual(n, top);
  if (first < 0) return 0;
  const ties: number[] = [];
  for (let i = first; i < n; i++) if (fround(logits[i] as number) === top) ties.push(i);
  return pickAmongTies(ties, topP, u);
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

/** The highest of the first `n` logits, read as float32 (the lowest id on a tie, NaN never; 0 when all are NaN). */
export function argmax(logits: ArrayLike<number>, n = logits.length): number {
  const kernel = vocabularyKernel();
  const padded = kernel.load(logits, n);
  return larger(kernel.firstEqual(n, kernel.top(padded)), 0);
}

/** What scoring needs of one position's logits, for every token predicted from it. */
export interface RowStats {
  /** log Σ exp over the vocabulary: a token's log-probability is its logit minus this. */
  readonly logSumExp: number;
  /** The token greedy decoding picks there ({@link argmax}). */
  readonly argmax: number;
}

/**
 * The log-sum-exp and argmax of the first `n` logits, in two passes and without allocating the
 * row's log-softmax (at 124,000 scored tokens a run, three passes and a Float64Array per position
 * were a tenth of its time); once per row, however many choices read it. max + log Σ exp(xᵢ − max)
 * in float64, the exponentials within 2 ulps of Math.exp ({@link expNonPositive}), so a
 * log-probability is within 1e-15 of the exact one per unit of its size. NaN anywhere gives NaN.
 */
export function rowStats(logits: ArrayLike<number>, n: number): RowStats {
  // The highest logit and the first token that has it; a NaN is never higher, and makes the sum NaN.
  let max = NEGATIVE_INFINITY;
  let first = -1;
  for (let i = 0; i < n; i++) {
    const x = logits[i] as number;
    if (x > max) {
      max = x;
      first = i;
    }
  }
  let sum = 0;
  for (let i = 0; i < n; i++) sum += expNonPositive((logits[i] as number) - max);
  // No logit above minus infinity: argmax's first minus infinity, or 0 when all are NaN.
  if (first < 0) for (let i = 0; i < n && first < 0; i++) if (logits[i] === max) first = i;
  return { logSumExp: max + log(sum), argmax: larger(first, 0) };
}
