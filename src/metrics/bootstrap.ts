import type { Estimate } from "./estimate";
import { uniform32 } from "./random";

/** How a bootstrap is run; normalised by the caller from the config (`defaults.bootstrap_samples`, …). */
export interface BootstrapOptions {
  /** Number of resamples, a whole number ≥ 1 (the config default is used upstream). */
  readonly resamples: number;
  /** Two-sided level strictly between 0 and 1, e.g. 0.95. */
  readonly confidence: number;
  /** Seed of the resampling generator (mulberry32), a whole number; used modulo 2^32. */
  readonly seed: number;
}

/**
 * Seeded percentile bootstrap of `statistic` over items (Efron 1979): `point` is the statistic of
 * `values`; each of `resamples` resamples draws `values.length` items with replacement, item
 * floor(u · n) for successive u from mulberry32(seed) ({@link uniform32}); the bounds are the type-7
 * quantiles ({@link quantile7}) of the resampled statistics at (1 − confidence)/2 and (1 + confidence)/2.
 *
 * Deterministic given (values in order, statistic, options): identical on every run and machine.
 * It is not invariant under reordering `values` (the same indices then pick other items), so callers
 * pass items in a canonical order — sorted by case id — never in the order the runtime finished them.
 *
 * Special cases:
 * - no values: `{ point: NaN, lower: NaN, upper: NaN }`;
 * - the statistic is NaN on `values` or on any resample: the undefined parts are NaN (a gate on them fails);
 * - the interval is widened to contain `point` when the percentile bounds miss it (possible for biased
 *   statistics such as a median of few items), so `gate: upper` is never more lenient than `gate: point`.
 * Equal values give `lower = upper = point` for any statistic that depends on the values only.
 *
 * @throws RangeError on a bad resample count, confidence or seed.
 */
export function bootstrap(
  values: readonly number[],
  statistic: (sample: readonly number[]) => number,
  options: BootstrapOptions,
): Estimate {
  const { resamples, confidence, seed } = options;
  if (!Number.isInteger(resamples) || resamples < 1) {
    throw new RangeError(`bootstrap: resamples must be a whole number ≥ 1, got ${resamples}`);
  }
  if (!(confidence > 0 && confidence < 1)) {
    throw new RangeError(`bootstrap: confidence must be strictly between 0 and 1, got ${confidence}`);
  }
  if (!Number.isInteger(seed)) throw new RangeError(`bootstrap: seed must be a whole number, got ${seed}`);
  const n = values.length;
  if (n === 0) return { point: Number.NaN, lower: Number.NaN, upper: Number.NaN };
  const point = statistic(values);
  if (Number.isNaN(point)) return { point, lower: Number.NaN, upper: Number.NaN };

  const random = uniform32(seed);
  const sample = new Array<number>(n);
  const stats = new Float64Array(resamples);
  for (let r = 0; r < resamples; r++) {
    // floor(random · n) by `| 0` (n < 2^31), keeping global `Math` reads out of the hot loop.
    for (let i = 0; i < n; i++) sample[i] = values[(random() * n) | 0] as number;
    const s = statistic(sample);
    if (Number.isNaN(s)) return { point, lower: Number.NaN, upper: Number.NaN };
    stats[r] = s;
  }
  stats.sort();
  const alpha = (1 - confidence) / 2;
  return {
    point,
    lower: Math.min(point, quantile7(stats, alpha)),
    upper: Math.max(point, quantile7(stats, 1 - alpha)),
  };
}

/** {@link bootstrap} of the arithmetic mean (summed in the given order). */
export function bootstrapMean(values: readonly number[], options: BootstrapOptions): Estimate {
  return bootstrap(values, mean, options);
}

/** The arithmetic mean, summed left to right; NaN for no values. */
export function mean(values: readonly number[]): number {
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

/**
 * The p-quantile of ascending `sorted` values by Hyndman & Fan's type 7 (the default of R and
 * NumPy): h = (n − 1)·p, then linear interpolation between the values at floor(h) and floor(h) + 1.
 * NaN for no values.
 *
 * @throws RangeError when p is outside [0, 1].
 */
export function quantile7(sorted: ArrayLike<number>, p: number): number {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`quantile7: p must be in [0, 1], got ${p}`);
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  if (lo >= n - 1) return sorted[n - 1] as number;
  const below = sorted[lo] as number;
  const above = sorted[lo + 1] as number;
  // Equal neighbours return exactly that value (no rounding from the interpolation).
  return below === above ? below : below + (h - lo) * (above - below);
}
