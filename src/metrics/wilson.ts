import type { Estimate } from "./estimate";
import { zForConfidence } from "./normal-quantile";

/**
 * The Wilson score interval for a proportion `successes / n` (Wilson 1927): the set of true rates
 * whose normal test does not reject the observed count. Unlike the Wald interval it stays inside
 * [0, 1] and does not collapse to zero width at 0 or n successes, which is what small trust datasets
 * with no leaks or no toxic outputs produce.
 *
 * `n = 0` gives `{ point: NaN, lower: 0, upper: 1 }`: a rate over no items is undefined (and a gate on
 * it fails), while the interval says every rate is still possible.
 *
 * @param successes a whole number in [0, n].
 * @param n a whole number ≥ 0.
 * @param confidence two-sided level strictly between 0 and 1; default 0.95.
 * @throws RangeError on counts that are not whole numbers with 0 ≤ successes ≤ n, or a bad confidence.
 */
export function wilson(successes: number, n: number, confidence = 0.95): Estimate {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`wilson: n must be a whole number ≥ 0, got ${n}`);
  if (!Number.isInteger(successes) || successes < 0 || successes > n) {
    throw new RangeError(`wilson: successes must be a whole number in [0, ${n}], got ${successes}`);
  }
  const z = zForConfidence(confidence);
  if (n === 0) return { point: Number.NaN, lower: 0, upper: 1 };
  const z2 = z * z;
  const point = successes / n;
  const denominator = n + z2;
  const centre = (successes + z2 / 2) / denominator;
  const half = (z / denominator) * Math.sqrt((successes * (n - successes)) / n + z2 / 4);
  // At 0 and n the formula gives exactly 0 / 1 on paper; pin them so rounding cannot leave 1e-17.
  return {
    point,
    lower: successes === 0 ? 0 : Math.max(0, centre - half),
    upper: successes === n ? 1 : Math.min(1, centre + half),
  };
}
