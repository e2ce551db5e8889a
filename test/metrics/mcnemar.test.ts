import fc from "fast-check";
import { mcnemarExact } from "../../src/metrics/mcnemar";

/** The exact p-value with BigInt arithmetic: 2·Σ_{i ≤ min(b, c)} C(n, i) / 2^n, capped at 1. */
function reference(b: number, c: number): number {
  const n = b + c;
  const k = Math.min(b, c);
  let term = 1n; // C(n, 0)
  let sum = 1n;
  for (let i = 1; i <= k; i++) {
    term = (term * BigInt(n - i + 1)) / BigInt(i);
    sum += term;
  }
  // sum / 2^(n − 1), keeping the top 64 bits of sum so the division is exact to double precision.
  const shift = Math.max(0, sum.toString(2).length - 64);
  // (The power is split in two so 2^(shift − n + 1) itself cannot underflow before the product.)
  return Math.min(1, Number(sum >> BigInt(shift)) * 2 ** (shift - n + 600) * 2 ** -599);
}

describe("mcnemarExact", () => {
  it("is 1 without discordant pairs and when they are balanced", () => {
    expect(mcnemarExact(0, 0)).toBe(1);
    expect(mcnemarExact(7, 7)).toBe(1);
    expect(mcnemarExact(4, 5)).toBe(1); // 2·P(X ≤ 4), X ~ Bin(9, 1/2) = 2·0.5 = 1
  });

  it("gives the textbook value for b = 1, c = 9", () => {
    // n = 10: P(X ≤ 1) = (C(10,0) + C(10,1)) / 2^10 = (1 + 10)/1024, so p = 2·11/1024 = 0.021484375
    expect(mcnemarExact(1, 9)).toBeCloseTo(0.021484375, 14);
    // b = 0, c = 5: p = 2/32 = 0.0625 — five discordant pairs all one way are not significant at 0.05
    expect(mcnemarExact(0, 5)).toBeCloseTo(0.0625, 15);
    expect(mcnemarExact(0, 6)).toBeCloseTo(0.03125, 15);
  });

  it("is symmetric in b and c, and in (0, 1] while representable", () => {
    const count = fc.integer({ min: 0, max: 3000 });
    fc.assert(
      fc.property(count, count, (b, c) => {
        const p = mcnemarExact(b, c);
        return p === mcnemarExact(c, b) && p >= 0 && p <= 1 && (b + c > 1000 || p > 0);
      }),
    );
    // The smallest p-values: all pairs one way gives 2 / 2^n = 2^(1 − n), a double down to n = 1075.
    expect(mcnemarExact(0, 1075)).toBe(2 ** -1074);
    expect(mcnemarExact(0, 1076)).toBe(0);
  });

  it("matches exact BigInt arithmetic to 1e-10 relative (absolutely below the normal doubles)", () => {
    const count = fc.integer({ min: 0, max: 1500 });
    fc.assert(
      fc.property(count, count, (b, c) => {
        const p = mcnemarExact(b, c);
        const q = reference(b, c);
        return Math.abs(p - q) <= Math.max(1e-10 * q, 1e-300);
      }),
      { numRuns: 200 },
    );
    for (let b = 0; b <= 40; b++) {
      for (let c = 0; c <= 40; c++) {
        expect(Math.abs(mcnemarExact(b, c) - reference(b, c))).toBeLessThanOrEqual(1e-12 * reference(b, c));
      }
    }
  });

  it("handles ten thousand discordant pairs", () => {
    const p = mcnemarExact(5000, 5200);
    expect(p).toBeGreaterThan(0);
    expect(p).toBeLessThan(1);
    // scipy.stats.binomtest(5000, 10200, 0.5).pvalue = 0.04878796312682234
    expect(Math.abs(p - 0.04878796312682234)).toBeLessThan(1e-10 * p);
    expect(Math.abs(p - reference(5000, 5200))).toBeLessThan(1e-10 * p);
  });

  it("rejects counts that are not whole numbers ≥ 0", () => {
    for (const [b, c] of [
      [-1, 3],
      [1.5, 2],
      [Number.NaN, 0],
    ]) {
      expect(() => mcnemarExact(b as number, c as number)).toThrow(RangeError);
    }
  });
});
