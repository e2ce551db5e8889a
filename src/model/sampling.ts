/** How the next token is chosen: temperature 0 is greedy; top-k 0 and top-p 1 are off. */
export interface SamplingSettings {
  readonly temperature: number;
  readonly topK: number;
  readonly topP: number;
}

export const GREEDY: SamplingSettings = { temperature: 0, topK: 0, topP: 1 };

/**
 * Picks the next token from one position's logits. Only the first `vocabSize` logits count: an
 * export may have more (padding), and those are never chosen. Greedy takes the highest logit
 * (the lowest id on a tie). Sampling scales by the temperature, keeps the top-k, then the smallest
 * set of most likely tokens whose mass reaches top-p, and inverts the CDF at `u` in [0, 1) —
 * walking tokens from most to least likely (ties by id), so the same `u` always gives the same token.
 */
export function pickToken(logits: ArrayLike<number>, vocabSize: number, settings: SamplingSettings, u: number): number {
  const n = Math.min(vocabSize, logits.length);
  if (settings.temperature === 0) return argmax(logits, n);
  const order = descendingOrder(logits, n);
  const keep = settings.topK > 0 ? Math.min(settings.topK, n) : n;
  const top = logits[order[0] as number] as number;
  const weights = new Float64Array(keep);
  let total = 0;
  for (let r = 0; r < keep; r++) {
    const w = Math.exp(((logits[order[r] as number] as number) - top) / settings.temperature);
    weights[r] = w;
    total += w;
  }
  let kept = weights.length;
  if (settings.topP < 1) {
    let mass = 0;
    for (let r = 0; r < weights.length; r++) {
      mass += (weights[r] as number) / total;
      if (mass >= settings.topP) {
        kept = r + 1;
        break;
      }
    }
  }
  let keptTotal = 0;
  for (let r = 0; r < kept; r++) keptTotal += weights[r] as number;
  let target = u * keptTotal;
  for (let r = 0; r < kept; r++) {
    target -= weights[r] as number;
    if (target < 0) return order[r] as number;
  }
  return order[kept - 1] as number;
}

/** Token ids per key in {@link descendingOrder}: ids below 2^20, so id + key · 2^20 stays below 2^53. */
const ID_SPACE = 2 ** 20;
const f32 = new Float32Array(1);
const bits = new Uint32Array(f32.buffer);

/**
 * Token ids from the highest logit to the lowest, ties by id. Sorting ids with a comparator costs
 * about 20 ms for a 50k vocabulary — per sampled token; so each id is packed with its float32 logit
 * into one float64 key that orders exactly as the comparator would (the logit's bits, flipped so
 * higher comes first, above the id), and the keys are sorted natively (about 4× faster). Logits that
 * are not float32 values (or NaN, or a vocabulary past 2^20) take the comparator.
 */
export function descendingOrder(logits: ArrayLike<number>, n: number): ArrayLike<number> {
  if (n <= ID_SPACE) {
    const keys = new Float64Array(n);
    let packed = true;
    for (let i = 0; i < n; i++) {
      const v = logits[i] as number;
      if (Math.fround(v) !== v) {
        packed = false; // NaN, or more precision than float32
        break;
      }
      f32[0] = v === 0 ? 0 : v; // -0 ties with +0, as in the comparator
      const b = bits[0] as number;
      // Negative floats: larger bits are lower values, so they come later as they are; non-negative
      // ones are flipped so that higher values come first, all before every negative one.
      const rank = b & 0x80000000 ? b : (b ^ 0x7fffffff) >>> 0;
      keys[i] = rank * ID_SPACE + i;
    }
    if (packed) {
      keys.sort();
      const order = new Uint32Array(n);
      for (let r = 0; r < n; r++) order[r] = (keys[r] as number) % ID_SPACE;
      return order;
    }
  }
  return Array.from({ length: n }, (_, i) => i).sort((a, b) => (logits[b] as number) - (logits[a] as number) || a - b);
}

export function argmax(logits: ArrayLike<number>, n = logits.length): number {
  let best = 0;
  for (let i = 1; i < n; i++) if ((logits[i] as number) > (logits[best] as number)) best = i;
  return best;
}

/** log-softmax of one position's logits over the first `n` entries (the tokenizer's vocabulary). */
export function logSoftmax(logits: ArrayLike<number>, n = logits.length): Float64Array {
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++) max = Math.max(max, logits[i] as number);
  let sum = 0;
  for (let i = 0; i < n; i++) sum += Math.exp((logits[i] as number) - max);
  const lse = max + Math.log(sum);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = (logits[i] as number) - lse;
  return out;
}
