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
const { exp, fround, log, max: larger } = Math;
const { isNaN: isNaNValue } = Number;

/**
 * Picks the next token from one position's logits. Only the first `vocabSize` logits count: an
 * export may have more (padding), and those are never chosen. Greedy takes the highest logit
 * (the lowest id on a tie). Sampling scales by the temperature, keeps the top-k, then the smallest
 * set of most likely tokens whose mass reaches top-p, and inverts the CDF at `u` in [0, 1) —
 * walking tokens from most to least likely (ties by id), so the same `u` always gives the same token.
 *
 * The walk first orders only the tokens that can weigh anything (see {@link likelyOrder}); only when
 * top-k, top-p or the walk reaches past them does it order the whole vocabulary.
 */
export function pickToken(logits: ArrayLike<number>, vocabSize: number, settings: SamplingSettings, u: number): number {
  const n = Math.min(vocabSize, logits.length);
  if (settings.temperature === 0) return argmax(logits, n);
  const likely = likelyOrder(logits, n, settings.temperature);
  const token = likely === undefined ? undefined : walk(logits, likely, n, settings, u);
  return token ?? (walk(logits, descendingOrder(logits, n), n, settings, u) as number);
}

/**
 * The walk over `order`, the start of the full order (most to least likely, ties by id): the token,
 * or undefined when it depends on tokens past that start. Every token past it must weigh under 2^-53
 * (the top one weighs 1): added to a total of at least 1 it rounds away, so the totals over the
 * start are the totals over everything, and so is the token whenever the walk ends within the start.
 */
function walk(
  logits: ArrayLike<number>,
  order: ArrayLike<number>,
  n: number,
  settings: SamplingSettings,
  u: number,
): number | undefined {
  const keep = settings.topK > 0 ? Math.min(settings.topK, n) : n;
  const known = Math.min(keep, order.length);
  const top = logits[order[0] as number] as number;
  const weights = new Float64Array(known);
  let total = 0;
  for (let r = 0; r < known; r++) {
    const w = exp(((logits[order[r] as number] as number) - top) / settings.temperature);
    weights[r] = w;
    total += w;
  }
  // Top-p is reached within the start or not at all: by its end the mass is above 1/2, where each
  // later share (under e^-38 < 2^-54) is less than half an ulp and rounds away too.
  let kept = keep;
  if (settings.topP < 1) {
    let mass = 0;
    for (let r = 0; r < known; r++) {
      mass += (weights[r] as number) / total;
      if (mass >= settings.topP) {
        kept = r + 1;
        break;
      }
    }
  }
  const walked = Math.min(kept, known);
  let keptTotal = 0;
  for (let r = 0; r < walked; r++) keptTotal += weights[r] as number;
  let target = u * keptTotal;
  for (let r = 0; r < walked; r++) {
    target -= weights[r] as number;
    if (target < 0) return order[r] as number;
  }
  return walked < kept ? undefined : (order[kept - 1] as number);
}

/**
 * Tokens more than 38 · T below the top logit weigh under e^-38 ≈ 3e-17 < 2^-53 in the walk: the
 * tokens within it, ordered as {@link descendingOrder} orders them (they all come before the others).
 * Usually a few dozen of a vocabulary of thousands, so ordering them is cheap. Undefined when there
 * is no finite top logit, or a NaN: the whole order handles those.
 */
function likelyOrder(logits: ArrayLike<number>, n: number, temperature: number): ArrayLike<number> | undefined {
  if (!(temperature > 0) || n === 0) return undefined;
  let top = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    const v = logits[i] as number;
    if (isNaNValue(v)) return undefined;
    if (v > top) top = v;
  }
  if (!Number.isFinite(top)) return undefined;
  const ids: number[] = [];
  for (let i = 0; i < n; i++) if (((logits[i] as number) - top) / temperature >= NEGLIGIBLE) ids.push(i);
  return orderOf(logits, ids);
}

/** See {@link likelyOrder}. */
const NEGLIGIBLE = -38;

/** Token ids per key in {@link orderOf}: ids below 2^20, so id + key · 2^20 stays below 2^53. */
const ID_SPACE = 2 ** 20;
const f32 = new Float32Array(1);
const bits = new Uint32Array(f32.buffer);

/** Token ids from the highest logit to the lowest, ties by id. */
export function descendingOrder(logits: ArrayLike<number>, n: number): ArrayLike<number> {
  return orderOf(
    logits,
    Array.from({ length: n }, (_, i) => i),
  );
}

/**
 * The given ids (ascending) from the highest logit to the lowest, ties by id. Sorting ids with a
 * comparator costs about 20 ms for a 50k vocabulary — per sampled token; so each id is packed with
 * its float32 logit into one float64 key that orders exactly as the comparator would (the logit's
 * bits, flipped so higher comes first, above the id), and the keys are sorted natively (about 4×
 * faster). Logits that are not float32 values (or NaN, or ids past 2^20) take the comparator.
 */
function orderOf(logits: ArrayLike<number>, ids: number[]): ArrayLike<number> {
  const n = ids.length;
  if (n === 0 || (ids[n - 1] as number) < ID_SPACE) {
    const keys = new Float64Array(n);
    let packed = true;
    for (let k = 0; k < n; k++) {
      const i = ids[k] as number;
      const v = logits[i] as number;
      if (fround(v) !== v) {
        packed = false; // NaN, or more precision than float32
        break;
      }
      f32[0] = v === 0 ? 0 : v; // -0 ties with +0, as in the comparator
      const b = bits[0] as number;
      // Negative floats: larger bits are lower values, so they come later as they are; non-negative
      // ones are flipped so that higher values come first, all before every negative one.
      const rank = b & 0x80000000 ? b : (b ^ 0x7fffffff) >>> 0;
      keys[k] = rank * ID_SPACE + i;
    }
    if (packed) {
      keys.sort();
      const order = new Uint32Array(n);
      for (let r = 0; r < n; r++) order[r] = (keys[r] as number) % ID_SPACE;
      return order;
    }
  }
  return ids.sort((a, b) => (logits[b] as number) - (logits[a] as number) || a - b);
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
