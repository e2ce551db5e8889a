import { ATTEMPTS, REDRAWS } from "../../src/model/nucleus";
import { uniform } from "../../src/model/rng";
import { blockSums, naiveAtTemperature } from "./temperature-reference";

/**
 * Top-p alone as src/model/nucleus.ts defines it, done naively: every weight from
 * naiveAtTemperature (float32, one operation at a time); a token's weight above it summed over the
 * whole row for each question (the weights of the tokens ranked before it — a higher logit, or the
 * same with a lower id — block by block in the kernel's order, the blocks in id order), no early
 * stop, no skipped block; the nucleus's edge by sorting. The pick: temperature alone's pick at u, kept if in the nucleus,
 * else at the next draws of u's stream; after `attempts` draws, the first member in id order whose
 * running sum of members' weights exceeds the last draw times theirs.
 */
export function naiveNucleus(
  logits: ArrayLike<number>,
  n: number,
  temperature: number,
  topP: number,
  attempts = ATTEMPTS,
) {
  const base = naiveAtTemperature(logits, n, temperature);
  if (!Number.isFinite(base.top)) {
    const ties: number[] = [];
    for (let i = 0; i < n; i++) if (Math.fround(logits[i] as number) === base.top) ties.push(i);
    const kept = Math.min(ties.length, Math.ceil(topP * ties.length));
    const members = new Set(ties.slice(0, kept));
    return {
      cumulative: base.cumulative,
      members,
      above: (_t: number) => 0,
      pick: (u: number) => (ties.length === 0 ? 0 : (ties[Math.min(Math.floor(u * kept), kept - 1)] as number)),
    };
  }
  const weights = base.weights;
  const values = Array.from({ length: n }, (_, i) => Math.fround(logits[i] as number));
  const total = base.blocks.reduce((a, b) => a + b, 0);
  const limit = Math.max(topP * total, Number.MIN_VALUE);
  const above = (t: number): number => {
    const v = values[t] as number;
    const masked = weights.map((w, i) => (i < n && ((values[i] as number) > v || (values[i] === v && i < t)) ? w : 0));
    return blockSums(masked).reduce((a, b) => a + b, 0);
  };
  // The members are a run from the top in rank order (the weight above a token only grows down the
  // ranks); NaN ranks last.
  const ranked = Array.from({ length: n }, (_, i) => i)
    .filter((i) => !Number.isNaN(values[i]))
    .sort((a, b) => (values[b] as number) - (values[a] as number) || a - b);
  let lo = 0;
  let hi = ranked.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (above(ranked[mid] as number) < limit) lo = mid + 1;
    else hi = mid;
  }
  const members = new Set(ranked.slice(0, lo));
  const pick = (u: number): number => {
    const seed = Math.floor(u * 4_294_967_296) >>> 0;
    let draw = u;
    for (let i = 0; i < attempts; i++) {
      const t = base.pick(draw);
      if (members.has(t)) return t;
      draw = uniform(seed, REDRAWS, i + 1);
    }
    const ids = [...members].filter((i) => (weights[i] as number) > 0).sort((a, b) => a - b);
    const sum = ids.reduce((s, i) => s + (weights[i] as number), 0);
    let running = 0;
    for (const i of ids) {
      running += weights[i] as number;
      if (running > draw * sum) return i;
    }
    return ids[ids.length - 1] as number;
  };
  return { cumulative: base.cumulative, members, above, pick, total, weights };
}
