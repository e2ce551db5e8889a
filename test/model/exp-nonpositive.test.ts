import fc from "fast-check";
import { expNonPositive } from "../../src/model/exp-nonpositive";

/** The smallest x whose e^x is a normal float64 (2^-1022). */
const NORMAL_FROM = Math.log(2 ** -1022);
const ULP = 2 ** -52;

describe("expNonPositive", () => {
  it("is within 2 ulps of Math.exp wherever e^x is normal: a grid over the whole range, and random points", () => {
    // The worst error in ulps of e^x, over the points (one assertion: Jest's expect costs more than the loop).
    let worst = 0;
    const check = (x: number) => {
      const want = Math.exp(x);
      worst = Math.max(worst, Math.abs(expNonPositive(x) - want) / (ULP * want));
    };
    // Every 64th of ln 2 and the points between: where the table steps and the range reduction turn over.
    for (let k = 0; k * (Math.LN2 / 64) <= -NORMAL_FROM; k++) {
      check(-k * (Math.LN2 / 64));
      check(-(k + 0.5) * (Math.LN2 / 64));
    }
    fc.assert(
      fc.property(fc.double({ min: NORMAL_FROM, max: 0, noNaN: true }), (x) => check(x)),
      { numRuns: 20_000 },
    );
    fc.assert(
      fc.property(fc.double({ min: -40, max: 0, noNaN: true }), (x) => check(x)),
      { numRuns: 20_000 },
    );
    expect(worst).toBeLessThanOrEqual(2);
  });

  it("is within two subnormal steps below that, and 0 from where e^x rounds to 0", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -800, max: NORMAL_FROM, noNaN: true }),
        (x) => Math.abs(expNonPositive(x) - Math.exp(x)) <= 2 * 2 ** -1074,
      ),
      { numRuns: 5_000 },
    );
    expect(expNonPositive(-745.2)).toBe(0);
    expect(expNonPositive(-1e308)).toBe(0);
  });

  it("gives 1 at both zeros, 0 at minus infinity, NaN at NaN, and Math.exp above 0", () => {
    expect(expNonPositive(0)).toBe(1);
    expect(expNonPositive(-0)).toBe(1);
    expect(expNonPositive(Number.NEGATIVE_INFINITY)).toBe(0);
    expect(expNonPositive(Number.NaN)).toBeNaN();
    for (const x of [1e-300, 0.5, 1, 700, 710, Number.POSITIVE_INFINITY]) expect(expNonPositive(x)).toBe(Math.exp(x));
  });
});
