import { BLOCK, EXP2_COEFFICIENTS, LAST_HALVING, ROUNDER } from "../../src/model/wasm/vocabulary-wat";

/**
 * Temperature alone, as src/model/wasm/ defines it, one scalar operation at a time in float32
 * (Math.fround after each): each token weighs 2^-x, x = (top − logit) · log2(e)/T, as 2^-round(x)
 * times the polynomial for 2^(round(x) − x); blocks of BLOCK tokens summed in the kernel's order
 * (each lane of 16 tokens as ((w0 + w1) + (w2 + w3)) in float32, lanes 0 + 2 and 1 + 3 in float64
 * into two running sums); the token is the first in id order whose running sum passes u · total,
 * walked block by block, the last weighing token of a block taking up any rounding difference.
 */
export function naiveAtTemperature(logits: ArrayLike<number>, n: number, temperature: number) {
  const f = Math.fround;
  const values = Array.from({ length: Math.ceil(n / 16) * 16 }, (_, i) => (i < n ? f(logits[i] as number) : -Infinity));
  let top = -Infinity;
  for (const v of values) if (v > top) top = v;
  if (!Number.isFinite(top)) {
    const ties = values.flatMap((v, i) => (v === top && i < n ? [i] : []));
    return {
      top,
      weights: [],
      blocks: [],
      cumulative: ties.map((_, i) => i + 1),
      pick: (u: number) => ties[Math.min(Math.floor(u * ties.length), ties.length - 1)] ?? 0,
    };
  }
  const scale = f(Math.LOG2E / temperature);
  const c = EXP2_COEFFICIENTS.map(f);
  const weight = (v: number): number => {
    const x = f(f(top - v) * scale);
    if (!(x < LAST_HALVING)) return 0;
    const round = f(f(x + ROUNDER) - ROUNDER);
    const r = f(round - x);
    let p = c[c.length - 1] as number;
    for (let k = c.length - 2; k >= 0; k--) p = f((c[k] as number) + f(r * p));
    p = f(1 + f(r * p));
    return p * 2 ** -round;
  };
  const weights = values.map(weight);
  const blocks = blockSums(weights);
  const total = blocks.reduce((a, b) => a + b, 0);
  const cumulative: number[] = [];
  weights.slice(0, n).reduce((sum, w) => {
    cumulative.push(sum + w);
    return sum + w;
  }, 0);
  const pick = (u: number): number => {
    let y = u * total;
    let before = 0;
    let b = 0;
    while (b < blocks.length && before + (blocks[b] as number) <= y) before += blocks[b++] as number;
    if (b === blocks.length) {
      y = Infinity;
      b = blocks.length - 1;
      while (b > 0 && blocks[b] === 0) b--;
    }
    let last = b * BLOCK;
    for (let i = b * BLOCK; i < Math.min((b + 1) * BLOCK, values.length); i++) {
      const w = weights[i] as number;
      if (w === 0) continue;
      last = i;
      before += w;
      if (before > y) return i;
    }
    return last;
  };
  return { top, weights, blocks, cumulative, pick };
}

/** The kernel's block sums of a padded row's weights, in its order of additions. */
export function blockSums(weights: readonly number[]): number[] {
  const f = Math.fround;
  const blocks: number[] = [];
  for (let start = 0; start < weights.length; start += BLOCK) {
    let even = 0;
    let odd = 0;
    for (let g = start; g < Math.min(start + BLOCK, weights.length); g += 16) {
      const lane = (l: number) => {
        const w = (k: number) => weights[g + 4 * k + l] as number;
        return f(f(w(0) + w(1)) + f(w(2) + w(3)));
      };
      even += lane(0) + lane(2);
      odd += lane(1) + lane(3);
    }
    blocks.push(even + odd);
  }
  return blocks;
}
