import fc from "fast-check";
import { holm } from "../../src/metrics/holm";

describe("holm", () => {
  it("adjusts the textbook example", () => {
    // Sorted: 0.005 (#3), 0.01 (#0), 0.03 (#2), 0.04 (#1); multipliers m − rank + 1 = 4, 3, 2, 1:
    //   #3: 4·0.005 = 0.02
    //   #0: max(0.02, 3·0.01 = 0.03) = 0.03
    //   #2: max(0.03, 2·0.03 = 0.06) = 0.06
    //   #1: max(0.06, 1·0.04 = 0.04) = 0.06   (monotone: never below an earlier adjusted value)
    // Reject at 0.05: #3 and #0 only; the step-down stops at #2 since 0.03 > 0.05/2.
    const { adjusted, reject } = holm([0.01, 0.04, 0.03, 0.005]);
    expect(adjusted).toHaveLength(4);
    [0.03, 0.06, 0.06, 0.02].forEach((p, i) => {
      expect(adjusted[i]).toBeCloseTo(p, 15);
    });
    expect(reject).toEqual([true, false, false, true]);
  });

  it("caps adjusted values at 1 and leaves a single test alone", () => {
    expect(holm([0.5, 0.9, 0.6]).adjusted).toEqual([1, 1, 1]);
    expect(holm([0.04])).toEqual({ adjusted: [0.04], reject: [true] });
    expect(holm([])).toEqual({ adjusted: [], reject: [] });
    expect(holm([0.02, 0.03], 0.01).reject).toEqual([false, false]);
  });

  const pValues = fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 30 });

  it("is at least the raw p-value, at most 1, and monotone in the raw order", () => {
    fc.assert(
      fc.property(pValues, (ps) => {
        const { adjusted } = holm(ps);
        return ps.every(
          (p, i) =>
            (adjusted[i] as number) >= p &&
            (adjusted[i] as number) <= 1 &&
            ps.every((q, j) => !(p <= q) || (adjusted[i] as number) <= (adjusted[j] as number)),
        );
      }),
    );
  });

  it("does not depend on the order of the input", () => {
    fc.assert(
      fc.property(pValues, fc.integer(), (ps, seed) => {
        const order = ps.map((_, i) => i).sort((a, b) => ((a * 7919 + seed) % 31) - ((b * 7919 + seed) % 31) || a - b);
        const shuffled = holm(order.map((i) => ps[i] as number));
        const straight = holm(ps);
        return order.every(
          (i, k) => shuffled.adjusted[k] === straight.adjusted[i] && shuffled.reject[k] === straight.reject[i],
        );
      }),
    );
  });

  it("rejects exactly what the step-down procedure rejects", () => {
    fc.assert(
      fc.property(pValues, fc.double({ min: 0.001, max: 0.2, noNaN: true }), (ps, alpha) => {
        const sorted = ps.map((p, i) => [p, i] as const).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
        const expected = ps.map(() => false);
        for (const [rank, [p, i]] of sorted.entries()) {
          if (p * (ps.length - rank) > alpha) break;
          expected[i] = true;
        }
        return holm(ps, alpha).reject.every((r, i) => r === expected[i]);
      }),
    );
  });

  it("rejects p-values outside [0, 1] and a bad alpha", () => {
    expect(() => holm([0.1, 1.2])).toThrow(RangeError);
    expect(() => holm([Number.NaN])).toThrow(RangeError);
    expect(() => holm([0.1], 0)).toThrow(RangeError);
  });
});
