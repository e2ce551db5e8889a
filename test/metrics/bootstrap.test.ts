import fc from "fast-check";
import { bootstrap, bootstrapMean, mean, quantile7 } from "../../src/metrics/bootstrap";
import { mulberry32 } from "../../src/spec/shuffle";

const options = { resamples: 1000, confidence: 0.95, seed: 42 };

/** n draws from Exponential(1) — mean 1, right-skewed — from a seeded generator. */
function exponentialSample(n: number, seed: number): number[] {
  const random = mulberry32(seed);
  return Array.from({ length: n }, () => -Math.log(1 - random()));
}

function median(sample: readonly number[]): number {
  return quantile7(Float64Array.from(sample).sort(), 0.5);
}

describe("bootstrap", () => {
  it("is deterministic given values, statistic and seed", () => {
    const values = exponentialSample(40, 7);
    expect(bootstrapMean(values, options)).toEqual(bootstrapMean(values.slice(), options));
    expect(bootstrap(values, median, options)).toEqual(bootstrap(values, median, options));
  });

  it("gives the pinned result on every machine", () => {
    // A change here changes every reported interval, so it must be deliberate. Cross-checked with an
    // independent Python mulberry32 and numpy.quantile (type 7 is numpy's default): [0.84385, 3.8153].
    const e = bootstrapMean([0.12, 3.4, 0.56, 7.8, 0.91, 2.3, 0.05, 1.7, 4.4, 0.33], options);
    expect(e).toEqual({ point: 2.157, lower: 0.8438500000000001, upper: 3.8152999999999997 });
  });

  it("changes its bounds with the seed", () => {
    const values = exponentialSample(40, 7);
    const bounds = new Set(
      [1, 2, 3, 4, 5].map((seed) => {
        const e = bootstrapMean(values, { ...options, seed });
        return `${e.lower} ${e.upper}`;
      }),
    );
    expect(bounds.size).toBe(5);
  });

  it("is the type-7 percentile interval of statistics over mulberry32 resamples", () => {
    const values = [0.2, 0.9, 0.4, 0.4, 0.7, 0.1];
    const resamples = 200;
    const random = mulberry32(9);
    const stats = Array.from({ length: resamples }, () =>
      mean(Array.from(values, () => values[Math.floor(random() * values.length)] as number)),
    ).sort((a, b) => a - b);
    const e = bootstrapMean(values, { resamples, confidence: 0.9, seed: 9 });
    expect(e.point).toBe(mean(values));
    // type 7: h = 199·0.05 = 9.95 and 199·0.95 = 189.05
    expect(e.lower).toBeCloseTo((stats[9] as number) + 0.95 * ((stats[10] as number) - (stats[9] as number)), 15);
    expect(e.upper).toBeCloseTo((stats[189] as number) + 0.05 * ((stats[190] as number) - (stats[189] as number)), 15);
  });

  it("contains the mean of a skewed sample strictly inside its interval", () => {
    const values = exponentialSample(30, 3);
    const e = bootstrapMean(values, options);
    expect(e.point).toBe(mean(values));
    expect(e.lower).toBeLessThan(e.point);
    expect(e.point).toBeLessThan(e.upper);
    // Right skew: the interval reaches further above the mean than below it.
    expect(e.upper - e.point).toBeGreaterThan(e.point - e.lower);
  });

  it("keeps lower ≤ point ≤ upper for any statistic, biased ones included", () => {
    const statistics = [
      mean,
      median,
      (s: readonly number[]) => Math.max(...s),
      (s: readonly number[]) => Math.min(...s),
    ];
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 20 }),
        fc.constantFrom(...statistics),
        fc.integer(),
        (values, statistic, seed) => {
          const e = bootstrap(values, statistic, { resamples: 50, confidence: 0.95, seed });
          return e.lower <= e.point && e.point <= e.upper;
        },
      ),
    );
  });

  it("widens the interval to the point when every resample misses it", () => {
    // The share of distinct values is 1 on distinct data but about 1 − 1/e ≈ 0.63 on a resample.
    const distinctShare = (s: readonly number[]) => new Set(s).size / s.length;
    const e = bootstrap(
      Array.from({ length: 40 }, (_, i) => i),
      distinctShare,
      options,
    );
    expect(e.point).toBe(1);
    expect(e.upper).toBe(1);
    expect(e.lower).toBeLessThan(0.6);
  });

  it("has zero width on a constant sample", () => {
    for (const statistic of [mean, median]) {
      const e = bootstrap([0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3], statistic, options);
      expect(e).toEqual({ point: e.point, lower: e.point, upper: e.point });
      expect(e.point).toBeCloseTo(0.3, 15);
    }
  });

  it("is undefined over no values, or when the statistic is", () => {
    expect(bootstrapMean([], options)).toEqual({ point: Number.NaN, lower: Number.NaN, upper: Number.NaN });
    expect(bootstrap([1, 2], () => Number.NaN, options)).toEqual({
      point: Number.NaN,
      lower: Number.NaN,
      upper: Number.NaN,
    });
    // Defined on the data, undefined on some resample (all picks equal): the bounds are NaN.
    const spread = (s: readonly number[]) => (Math.max(...s) === Math.min(...s) ? Number.NaN : 1);
    expect(bootstrap([1, 2], spread, options)).toEqual({ point: 1, lower: Number.NaN, upper: Number.NaN });
  });

  it("covers the true mean of Exponential(1) samples of 50 in about 95% of cases", () => {
    const samples = 200;
    let covered = 0;
    for (let i = 0; i < samples; i++) {
      const e = bootstrapMean(exponentialSample(50, 1000 + i), { resamples: 500, confidence: 0.95, seed: i });
      if (e.lower <= 1 && 1 <= e.upper) covered++;
    }
    // The percentile bootstrap undercovers a little for skewed data at n = 50 (around 92–94%).
    expect(covered / samples).toBeGreaterThanOrEqual(0.88);
    expect(covered / samples).toBeLessThanOrEqual(0.99);
  });

  it("rejects bad options", () => {
    for (const bad of [
      { resamples: 0 },
      { resamples: 10.5 },
      { confidence: 1 },
      { confidence: 0 },
      { confidence: Number.NaN },
      { seed: 0.5 },
    ]) {
      expect(() => bootstrapMean([1, 2, 3], { ...options, ...bad })).toThrow(RangeError);
    }
  });
});

describe("quantile7", () => {
  it("matches R's quantile(type = 7)", () => {
    const sorted = [1, 2, 3, 4];
    expect(quantile7(sorted, 0)).toBe(1);
    expect(quantile7(sorted, 0.25)).toBe(1.75); // h = 0.75
    expect(quantile7(sorted, 0.5)).toBe(2.5);
    expect(quantile7(sorted, 0.9)).toBeCloseTo(3.7, 15); // h = 2.7
    expect(quantile7(sorted, 1)).toBe(4);
    expect(quantile7([7], 0.3)).toBe(7);
    expect(quantile7([], 0.5)).toBeNaN();
    expect(() => quantile7(sorted, 1.5)).toThrow(RangeError);
  });
});
