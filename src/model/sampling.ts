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
  const order = Array.from({ length: n }, (_, i) => i).sort(
    (a, b) => (logits[b] as number) - (logits[a] as number) || a - b,
  );
  const keep = settings.topK > 0 ? Math.min(settings.topK, n) : n;
  const top = logits[order[0] as number] as number;
  const weights: number[] = [];
  let total = 0;
  for (let r = 0; r < keep; r++) {
    const w = Math.exp(((logits[order[r] as number] as number) - top) / settings.temperature);
    weights.push(w);
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
