import { uniform } from "./rng";
import { vocabularyKernel } from "./wasm/vocabulary-kernel";

/** Module constants: in Jest's vm context each lookup of a global in a loop is slow (see sampling.ts). */
const { ceil, floor, max: larger, min } = Math;

/** Draws before the exact fallback: with top-p ≥ 0.5 more than 64 rejections happen less than once in 2^64. */
export const ATTEMPTS = 64;
/** The random stream of the draws after the first, under a seed made from u. */
export const REDRAWS = 0x6e75636c;
/** The rounding allowance of an early "below the limit": far above the float64 rounding of any vocabulary's block sums. */
const SLACK = 2 ** -30;

const bits = new Uint32Array(1);
const asFloat = new Float32Array(bits.buffer);

/**
 * Top-p without top-k, from `padded` logits loaded in the vocabulary kernel (wasm/), whose highest
 * is `top` (found by its topOfBlocks). Each token weighs what temperature alone gives it
 * (vocabulary-kernel.ts), and the tokens rank by logit, ties by id. The nucleus is every token whose
 * weight above it — the weights of the tokens ranked before it, summed in the kernel's fixed order —
 * is below topP times the total: the shortest run from the top whose weight reaches topP of the
 * total (Holtzman et al., 2020). The first token in rank order is always in.
 *
 * Nothing is ordered. The token is drawn at temperature alone (the same token as without top-p for
 * the same u), then kept if it is in the nucleus, which one pass of the kernel answers, or drawn
 * again: kept tokens follow the nucleus's renormalised weights exactly. The pass stops as soon as the
 * answer is certain, and skips blocks with no logit above the token's: for a token drawn in
 * proportion to its weight it reads about a third of the row on average, and a few blocks when the
 * weight is concentrated, as a trained model's usually is. The draws after u come from a
 * counter-based stream seeded by u, so the same u gives the same token at any batch size and in any
 * order.
 *
 * After 64 draws outside the nucleus (top-p near 0 over a flat row), the nucleus's edge is found by
 * bisection over float32 logits (about 32 passes) and the token drawn among its members.
 */
export function pickInNucleus(padded: number, top: number, temperature: number, topP: number, u: number): number {
  return nucleus(padded, top, temperature, topP, u, ATTEMPTS);
}

/** {@link pickInNucleus} with the number of draws before the fallback as a parameter (0: the fallback only). */
export function nucleus(
  padded: number,
  top: number,
  temperature: number,
  topP: number,
  u: number,
  attempts: number,
): number {
  const kernel = vocabularyKernel();
  const total = kernel.weighKept(padded, top, temperature);
  // At least the smallest double: the first token in rank order (nothing above it) is always in.
  const limit = larger(topP * total, Number.MIN_VALUE);
  const slack = total * SLACK;
  const { logits } = kernel.keptRow(padded);
  const seed = floor(u * 4_294_967_296) >>> 0;
  let draw = u;
  for (let i = 0; i < attempts; i++) {
    const token = kernel.pickKept(padded, draw, total);
    if (kernel.keptAbove(padded, logits[token] as number, token, limit, slack)) return token;
    draw = uniform(seed, REDRAWS, i + 1);
  }
  return pickByEdge(padded, top, limit, slack, draw);
}

/**
 * The fallback: the least float32 value L such that the weight of the logits strictly above L is
 * below the limit (bisection over the float32s in order; that weight only grows as L falls), then
 * the least logit at or above L, the edge. Every token above the edge is in the nucleus, none below
 * it, and of the tokens at the edge the first ones in id order (another bisection). The token is
 * the first member, in id order, whose running sum of members' weights exceeds u times theirs.
 */
function pickByEdge(padded: number, top: number, limit: number, slack: number, u: number): number {
  const kernel = vocabularyKernel();
  const above = (v: number, tieEnd: number) => kernel.keptAbove(padded, v, tieEnd, limit, slack);
  // Nothing is above the top; above minus infinity is the whole total, which the limit does not exceed.
  let lo = orderOf(Number.NEGATIVE_INFINITY);
  let hi = orderOf(top);
  while (hi - lo > 1) {
    const mid = floor((lo + hi) / 2);
    if (above(floatAt(mid), 0)) hi = mid;
    else lo = mid;
  }
  const least = floatAt(hi);
  const { logits, weights } = kernel.keptRow(padded);
  let edge = Number.POSITIVE_INFINITY;
  for (let i = 0; i < padded; i++) {
    const l = logits[i] as number;
    if (l >= least && l < edge) edge = l;
  }
  const ties: number[] = [];
  for (let i = 0; i < padded; i++) if (logits[i] === edge) ties.push(i);
  // The first tie is a member (the weight above it is what is above `least`); find the last.
  let inside = 0;
  let outside = ties.length;
  while (outside - inside > 1) {
    const mid = (inside + outside) >>> 1;
    if (above(edge, ties[mid] as number)) inside = mid;
    else outside = mid;
  }
  const lastTie = ties[inside] as number;
  let sum = 0;
  for (let i = 0; i < padded; i++) {
    const l = logits[i] as number;
    if (l > edge || (l === edge && i <= lastTie)) sum += weights[i] as number;
  }
  const y = u * sum;
  let running = 0;
  let last = lastTie;
  for (let i = 0; i < padded; i++) {
    const l = logits[i] as number;
    const w = weights[i] as number;
    if (w === 0 || !(l > edge || (l === edge && i <= lastTie))) continue;
    last = i;
    running += w;
    if (running > y) return i;
  }
  return last;
}

/** A float32's place among all float32s in order, as an integer (−0 and 0 apart; NaN never asked). */
function orderOf(value: number): number {
  asFloat[0] = value;
  const b = bits[0] as number;
  return b >= 0x80000000 ? 0xffffffff - b : b + 0x80000000;
}

/** The float32 at that place. */
function floatAt(order: number): number {
  bits[0] = order >= 0x80000000 ? order - 0x80000000 : 0xffffffff - order;
  return asFloat[0] as number;
}

/**
 * Top-p when the top logit is infinite: the tokens equal to it share all the weight equally, so
 * the nucleus is the first ⌈topP · k⌉ of the k in id order, and u picks among them.
 */
export function pickAmongTies(ties: readonly number[], topP: number, u: number): number {
  const kept = min(ties.length, ceil(topP * ties.length));
  return ties[min(floor(u * kept), kept - 1)] as number;
}
