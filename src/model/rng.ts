/**
 * Counter-based random numbers: the value for (seed, stream, step) is a pure function of the three,
 * so a sequence draws the same numbers whatever batch it runs in and whatever ran before it —
 * which is what makes sampled text identical at any batch size and request order.
 */
// Read once: inside Jest's test realm every lookup of the global Math is slow (measured ~25×), and
// sampling calls this for every token of every sequence.
const imul = Math.imul;

export function uniform(seed: number, stream: number, step: number): number {
  let h = mix32(seed >>> 0);
  h = mix32(h ^ (stream >>> 0));
  h = mix32(h ^ imul(step >>> 0, 0x9e3779b1));
  // 32 bits are plenty for choosing among ≤ 2^17 tokens; the result is in [0, 1).
  return h / 4294967296;
}

/** murmur3's 32-bit finaliser: a bijection that spreads every input bit over the output. */
function mix32(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
