/**
 * The weight of a token in sampling, as an integer: 2^(s − d) rounded, where d = (top − logit) ·
 * log2(e) / T is how many halvings less likely the token is than the top one, and s = 53 −
 * bitLength(vocabulary). The top token weighs 2^s and no token more, so any sum of a vocabulary's
 * weights is below 2^53: an exact double, the same in whatever order the tokens are added. That is
 * what lets sampling find where a cumulative weight falls without ordering the tokens.
 *
 * d is counted in 64ths (the token's bucket k is d · 64 rounded): 2^(s − k/64) comes from a table
 * and the remaining 2^(k/64 − d), within 2^±1/128, from a short series, a few times faster than
 * Math.exp and within 1e-14 of it before rounding. Tokens with d above s + 1 (which would round to
 * 0 anyway), and NaN logits, weigh 0 and have no bucket. A token's probability is then the exact
 * softmax's within n/2^s relatively and 2^−(s+1) absolutely (the rounding to integers adding up over
 * n tokens: 4.4e-6 and 1.5e-11 at 151,936 tokens; checked in the tests).
 */
export interface WeightScale {
  /** The highest logit (NaN aside). */
  readonly top: number;
  /** 64 · log2(e) / T: multiplied by top − logit, the distance in 64ths of a halving. */
  readonly perUnit: number;
  /** The last bucket, 64 · (s + 1): farther tokens weigh 0. */
  readonly last: number;
  /** 2^(s − k/64) for each bucket k. */
  readonly table: Float64Array;
}

/**
 * See src/model/sampling.ts: in Jest's vm context each lookup of Math in a loop costs ~20× the
 * arithmetic. Weights round as floor(w + 0.5): Math.round is not compiled inline, and cost more
 * than all the rest of weighing a token.
 */
const { floor } = Math;

const STEPS = 64;
/** ln 2 / 64: a remainder in 64ths of a halving, as a power of e. */
const STEP_LN = Math.LN2 / STEPS;
const tables = new Map<number, Float64Array>();

export function weightScale(top: number, temperature: number, n: number): WeightScale {
  const s = 53 - (32 - Math.clz32(Math.max(n, 1)));
  let table = tables.get(s);
  if (table === undefined) {
    table = powerTable(s);
    tables.set(s, table);
  }
  return { top, perUnit: (STEPS * Math.LOG2E) / temperature, last: STEPS * (s + 1), table };
}

/**
 * 2^(s − k/64) for k = 0 … 64 · (s + 1), from square roots and halvings only: both are exact or
 * correctly rounded in IEEE arithmetic, so the table (and every weight) is the same on any machine,
 * which Math.pow does not promise.
 */
function powerTable(s: number): Float64Array {
  const roots: number[] = []; // 2^(-1/64), 2^(-2/64), 2^(-4/64) … 2^(-32/64)
  for (let r = Math.SQRT1_2, i = 0; i < 6; i++, r = Math.sqrt(r)) roots.unshift(r);
  const table = new Float64Array(STEPS * (s + 1) + 1);
  for (let j = 0; j < STEPS; j++) {
    let f = 2 ** s;
    for (let i = 0; i < 6; i++) if (j & (1 << i)) f *= roots[i] as number;
    table[j] = f;
  }
  for (let k = STEPS; k < table.length; k++) table[k] = (table[k - STEPS] as number) / 2;
  return table;
}

/**
 * The token's distance below the top in 64ths of a halving (0 for a logit equal to the top, which
 * makes an infinite top weigh like a finite one); NaN for a NaN logit.
 */
function distance(top: number, perUnit: number, logit: number): number {
  return logit === top ? 0 : (top - logit) * perUnit;
}

/** The bucket of a distance `q` (0 ≤ q ≤ scale.last): q rounded. */
function bucketAt(q: number): number {
  return (q + 0.5) | 0;
}

/** The weight at distance `q` in bucket `k` (both as above), from the scale's table. */
function weightAt(table: Float64Array, k: number, q: number): number {
  const z = (k - q) * STEP_LN;
  const grow = 1 + z * (1 + z * (1 / 2 + z * (1 / 6 + z * (1 / 24 + z * (1 / 120)))));
  return floor((table[k] as number) * grow + 0.5);
}

/** A token's weight: 0 past the last bucket or for NaN. */
export function tokenWeight(scale: WeightScale, logit: number): number {
  const q = distance(scale.top, scale.perUnit, logit);
  return q <= scale.last ? weightAt(scale.table, bucketAt(q), q) : 0;
}
