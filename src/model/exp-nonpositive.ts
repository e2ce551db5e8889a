/**
 * e^x for x ≤ 0, in float64, within 2 ulps of Math.exp where e^x is a normal number (x ≥ −708.39;
 * below, within two subnormal steps, 1e-323): twice as fast, because Math.exp is a call per element
 * and this inlines into the loop. Scoring sums e^(logit − max) over the vocabulary at every scored
 * token, and the exponentials were most of that. x = k·ln2/64 + r with |r| ≤ ln2/128 (Cody and
 * Waite's two-part ln2, exact products for the k of this range), e^x = 2^⌊k/64⌋ · 2^((k mod 64)/64) ·
 * e^r, e^r by its Taylor series to r⁵ (the first term left out, r⁶/720, is below 4e-17). Minus
 * infinity (and anything below −745.2, whose e^x rounds to 0) gives 0, NaN gives NaN, and x > 0
 * falls back to Math.exp.
 */
export function expNonPositive(x: number): number {
  if (!(x >= LOWEST && x <= 0)) return x < 0 ? 0 : mathExp(x);
  const kf = x * SIXTY_FOUR_OVER_LN2 + ROUNDER - ROUNDER;
  const r = x - kf * LN2_OVER_64_HIGH - kf * LN2_OVER_64_LOW;
  const k = kf | 0;
  const p = 1 + r * (1 + r * (1 / 2 + r * (1 / 6 + r * (1 / 24 + r * (1 / 120)))));
  return (HALVINGS[-(k >> 6)] as number) * (STEPS[k & 63] as number) * p;
}

/** Module constants: Jest runs tests in a vm context, where each global lookup in a loop is slow (see sampling.ts). */
const { exp: mathExp, LN2, pow } = Math;
const LOWEST = -745.2;
const SIXTY_FOUR_OVER_LN2 = 64 / LN2;
/** ln 2 / 64 in two parts; the high one ends in 32 zero bits, so k · high is exact for |k| < 2^21. */
const LN2_OVER_64_HIGH = 0.6931471803691238 / 64;
const LN2_OVER_64_LOW = 1.9082149292705877e-10 / 64;
/** 1.5 · 2^52: adding and subtracting it rounds a float64 of magnitude below 2^51 to the nearest integer. */
const ROUNDER = 6755399441055744;
/** 2^(j/64), j = 0…63. */
const STEPS = Float64Array.from({ length: 64 }, (_, j) => pow(2, j / 64));
/** 2^-m, m = 0…1076 (the last ones subnormal, then 0): ⌊k/64⌋ reaches −1076 at x = −745.2. */
const HALVINGS = Float64Array.from({ length: 1077 }, (_, m) => pow(2, -m));
