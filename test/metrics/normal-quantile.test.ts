import fc from "fast-check";
import { normalQuantile, zForConfidence } from "../../src/metrics/normal-quantile";

/** Reference quantiles from mpmath at 60 digits (erfinv, or findroot on ncdf), as the nearest doubles. */
const reference: [p: number, z: number][] = [
  [0.975, 1.9599639845400543],
  [0.995, 2.575829303548901],
  [0.9, 1.2815515655446004],
  [0.95, 1.6448536269514726],
  [0.999, 3.0902323061678136],
  [0.3, -0.5244005127080408], // central region of AS 241
  [0.02425, -1.972961051311885], // near tail
  [1e-10, -6.361340902404057], // near tail, r just under 5
  [1e-15, -7.941345326170997], // far tail
  [1e-20, -9.262340089798407],
  [1e-300, -37.0470962993612],
];

describe("normalQuantile", () => {
  it.each(reference)("z(%p) = %p to 1e-12", (p, z) => {
    expect(Math.abs(normalQuantile(p) - z)).toBeLessThan(1e-12);
  });

  it("is exactly 0 at the median and infinite at 0 and 1", () => {
    expect(normalQuantile(0.5)).toBe(0);
    expect(normalQuantile(0)).toBe(Number.NEGATIVE_INFINITY);
    expect(normalQuantile(1)).toBe(Number.POSITIVE_INFINITY);
  });

  it("is antisymmetric about 1/2 and increasing, across the region boundaries", () => {
    // Dyadic p, so 1 − p is exact and the comparison tests the algorithm, not the rounding of 1 − p.
    const dyadic = fc.integer({ min: 1, max: 2 ** 30 - 1 }).map((k) => k / 2 ** 30);
    fc.assert(fc.property(dyadic, (x) => Math.abs(normalQuantile(x) + normalQuantile(1 - x)) < 1e-12));
    const p = fc.double({ min: 1e-300, max: 1 - 1e-12, noNaN: true });
    fc.assert(
      fc.property(p, p, (a, b) => {
        const [lo, hi] = a < b ? [a, b] : [b, a];
        return normalQuantile(lo) <= normalQuantile(hi);
      }),
    );
    // Either side of the central/tail switch at |p − 0.5| = 0.425 and of the tail switch at r = 5.
    expect(normalQuantile(0.075 - 1e-12)).toBeLessThan(normalQuantile(0.075 + 1e-12));
    expect(normalQuantile(Math.exp(-25) * (1 - 1e-9))).toBeLessThan(normalQuantile(Math.exp(-25) * (1 + 1e-9)));
  });

  it("rejects probabilities outside [0, 1]", () => {
    for (const p of [-0.1, 1.1, Number.NaN]) expect(() => normalQuantile(p)).toThrow(RangeError);
  });
});

describe("zForConfidence", () => {
  it("gives the two-sided critical values", () => {
    expect(Math.abs(zForConfidence(0.95) - 1.959963984540054)).toBeLessThan(1e-12);
    expect(Math.abs(zForConfidence(0.99) - 2.575829303548901)).toBeLessThan(1e-12);
    expect(Math.abs(zForConfidence(0.9) - 1.6448536269514726)).toBeLessThan(1e-12);
  });

  it("rejects levels that are not strictly between 0 and 1", () => {
    for (const c of [0, 1, 95, -0.5, Number.NaN]) expect(() => zForConfidence(c)).toThrow(RangeError);
  });
});
