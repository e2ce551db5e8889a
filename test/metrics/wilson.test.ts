import fc from "fast-check";
import { wilson } from "../../src/metrics/wilson";

/** n in [1, 2000] and k in [0, n]. */
const countAndN = fc
  .integer({ min: 1, max: 2000 })
  .chain((n) => fc.tuple(fc.integer({ min: 0, max: n }), fc.constant(n)));

/*
 * Textbook values by hand, with z = 1.959964 (z² = 3.841459), centre = (k + z²/2)/(n + z²) and
 * half-width = z/(n + z²)·sqrt(k(n − k)/n + z²/4); mpmath at 40 digits gives the 12-digit values used.
 */
describe("wilson", () => {
  it("k = 0, n = 10: lower 0 and upper ≈ 0.2775", () => {
    // centre = 1.920730/13.841459 = 0.138766; half = 0.141601·sqrt(0 + 0.960365) = 0.141601·0.979982 = 0.138766
    // upper = 0.277533 (the lower bound 0 is exact: centre = half when k = 0)
    const e = wilson(0, 10);
    expect(e.point).toBe(0);
    expect(e.lower).toBe(0);
    expect(e.upper).toBeCloseTo(0.2775, 4);
    expect(e.upper).toBeCloseTo(0.277532799863, 10);
  });

  it("k = 5, n = 10: [0.2366, 0.7634]", () => {
    // centre = (5 + 1.920730)/13.841459 = 0.5; half = 0.141601·sqrt(2.5 + 0.960365) = 0.141601·1.860205 = 0.263407
    const e = wilson(5, 10);
    expect(e.point).toBe(0.5);
    expect(e.lower).toBeCloseTo(0.2366, 4);
    expect(e.upper).toBeCloseTo(0.7634, 4);
    expect(e.lower).toBeCloseTo(0.236593090513, 10);
    expect(e.upper).toBeCloseTo(0.763406909487, 10);
  });

  it("k = 81, n = 263: [0.2553, 0.3662]", () => {
    // centre = (81 + 1.920730)/266.841459 = 82.920730/266.841459 = 0.310748
    // half = (1.959964/266.841459)·sqrt(81·182/263 + 0.960365) = 0.0073450·sqrt(56.053232 + 0.960365)
    //      = 0.0073450·7.550735 = 0.055460  →  [0.255288, 0.366208]
    const e = wilson(81, 263);
    expect(e.point).toBeCloseTo(81 / 263, 15);
    expect(e.lower).toBeCloseTo(0.2553, 4);
    expect(e.upper).toBeCloseTo(0.3662, 4);
    expect(e.lower).toBeCloseTo(0.255288519878, 10);
    expect(e.upper).toBeCloseTo(0.366209576983, 10);
  });

  it("a 90% interval is narrower than the 95% one and inside it", () => {
    const e90 = wilson(81, 263, 0.9);
    const e95 = wilson(81, 263);
    expect(e90.lower).toBeCloseTo(0.263313617188, 10);
    expect(e90.upper).toBeCloseTo(0.356566349608, 10);
    expect(e90.lower).toBeGreaterThan(e95.lower);
    expect(e90.upper).toBeLessThan(e95.upper);
    fc.assert(
      fc.property(countAndN, ([k, n]) => {
        const a = wilson(k, n, 0.9);
        const b = wilson(k, n, 0.95);
        return a.upper - a.lower < b.upper - b.lower && a.lower >= b.lower && a.upper <= b.upper;
      }),
    );
  });

  it("contains the point and stays in [0, 1]", () => {
    fc.assert(
      fc.property(countAndN, fc.double({ min: 0.5, max: 0.999, noNaN: true }), ([k, n], c) => {
        const e = wilson(k, n, c);
        return 0 <= e.lower && e.lower <= e.point && e.point <= e.upper && e.upper <= 1;
      }),
    );
  });

  it("mirrors: wilson(k, n) is 1 − wilson(n − k, n)", () => {
    fc.assert(
      fc.property(countAndN, ([k, n]) => {
        const a = wilson(k, n);
        const b = wilson(n - k, n);
        return Math.abs(a.lower - (1 - b.upper)) < 1e-12 && Math.abs(a.upper - (1 - b.lower)) < 1e-12;
      }),
    );
  });

  it("narrows as n grows at a fixed rate", () => {
    for (const rate of [0, 0.1, 0.3, 0.5]) {
      let previous = Number.POSITIVE_INFINITY;
      for (const n of [10, 20, 50, 100, 200, 500, 1000, 10_000]) {
        const e = wilson(Math.round(rate * n), n);
        expect(e.upper - e.lower).toBeLessThan(previous);
        previous = e.upper - e.lower;
      }
    }
  });

  it("is undefined over no items: point NaN, interval [0, 1]", () => {
    expect(wilson(0, 0)).toEqual({ point: Number.NaN, lower: 0, upper: 1 });
  });

  it("rejects counts that are not whole numbers in [0, n], and bad levels", () => {
    expect(() => wilson(-1, 10)).toThrow(RangeError);
    expect(() => wilson(11, 10)).toThrow(RangeError);
    expect(() => wilson(1.5, 10)).toThrow(RangeError);
    expect(() => wilson(0, -1)).toThrow(RangeError);
    expect(() => wilson(0, Number.NaN)).toThrow(RangeError);
    expect(() => wilson(1, 10, 1)).toThrow(RangeError);
    expect(() => wilson(0, 0, 0)).toThrow(RangeError);
  });
});
