import fc from "fast-check";
import type { PairedComparison } from "../../src/metrics/paired";
import { decideRegressions, type RegressionInput } from "../../src/metrics/regression";
import type { Direction } from "../../src/spec/metric-catalog";

/** A comparison of a metric at 0.5 under the baseline, `delta` away under the candidate. */
function comparison(delta: number, p: number): PairedComparison {
  return { test: "bootstrap", shared: 100, candidate: 0.5 + delta, baseline: 0.5, delta, p };
}

function input(direction: Direction, delta: number, p: number, maxRegression = 0.02): RegressionInput {
  return { direction, maxRegression, comparison: comparison(delta, p) };
}

describe("decideRegressions", () => {
  it("reads direction lower as: a higher candidate is worse", () => {
    const [worse, better] = decideRegressions([input("lower", 0.25, 0.001), input("lower", -0.25, 0.001)]);
    expect(worse).toEqual({ worseBy: 0.25, adjustedP: 0.002, regressed: true });
    expect(better).toEqual({ worseBy: -0.25, adjustedP: 0.002, regressed: false });
  });

  it("reads direction higher as: a lower candidate is worse", () => {
    const [worse, better] = decideRegressions([input("higher", -0.25, 0.001), input("higher", 0.25, 0.001)]);
    expect(worse).toEqual({ worseBy: 0.25, adjustedP: 0.002, regressed: true });
    expect(better).toEqual({ worseBy: -0.25, adjustedP: 0.002, regressed: false });
  });

  it("never finds a regression in a metric without a direction, however large and significant", () => {
    const verdicts = decideRegressions([input("none", 0.5, 0), input("none", -0.5, 0)]);
    for (const v of verdicts) {
      expect(v.worseBy).toBeNaN();
      expect(v.regressed).toBe(false);
    }
  });

  it("tolerates a significant worsening up to max_regression, and not beyond", () => {
    const [within, atLimit, beyond] = decideRegressions([
      input("lower", 0.03, 1e-9, 0.05),
      input("lower", 0.25, 1e-9, 0.25), // exactly the allowance: not "more than" it
      input("higher", -0.375, 1e-9, 0.25),
    ]);
    expect(within.regressed).toBe(false);
    expect(within.worseBy).toBe(0.03);
    expect(atLimit.regressed).toBe(false);
    expect(beyond.regressed).toBe(true);
    expect(beyond.worseBy).toBe(0.375);
  });

  it("does not call a large worsening a regression when the test cannot tell it from chance", () => {
    const [verdict] = decideRegressions([input("lower", 0.4, 0.3)]);
    expect(verdict).toEqual({ worseBy: 0.4, adjustedP: 0.3, regressed: false });
    // At the edge: significant alone at 0.05 exactly, but not at a stricter alpha.
    expect(decideRegressions([input("lower", 0.4, 0.05)])[0]?.regressed).toBe(true);
    expect(decideRegressions([input("lower", 0.4, 0.05)], 0.01)[0]?.regressed).toBe(false);
  });

  it("applies Holm's correction across every comparison given, in input order", () => {
    // Sorted: 0.01 (#0), 0.03 (#2), 0.04 (#1); multipliers 3, 2, 1:
    //   #0: 3·0.01 = 0.03;  #2: max(0.03, 2·0.03) = 0.06;  #1: max(0.06, 1·0.04) = 0.06.
    const family = [input("lower", 0.2, 0.01), input("higher", -0.2, 0.04), input("lower", 0.2, 0.03)];
    const verdicts = decideRegressions(family);
    [0.03, 0.06, 0.06].forEach((p, i) => {
      expect(verdicts[i]?.adjustedP).toBeCloseTo(p, 15);
    });
    expect(verdicts.map((v) => v.regressed)).toEqual([true, false, false]);
    expect(verdicts.map((v) => v.worseBy)).toEqual([0.2, 0.2, 0.2]);

    // Alone, the second comparison is significant (0.04 ≤ 0.05) and regresses; in the family it is not.
    const [alone] = decideRegressions([family[1] as RegressionInput]);
    expect(alone).toEqual({ worseBy: 0.2, adjustedP: 0.04, regressed: true });

    // Comparisons that are better than the baseline still count in the family size.
    const withBetter = decideRegressions([input("lower", 0.2, 0.02), input("lower", -0.2, 0.5)]);
    // Sorted: 0.02 (#0) ·2 = 0.04; 0.5 (#1) ·1 = max(0.04, 0.5) = 0.5.
    expect(withBetter.map((v) => v.adjustedP)).toEqual([0.04, 0.5]);
    expect(withBetter.map((v) => v.regressed)).toEqual([true, false]);
  });

  it("gives the Holm-adjusted p-value itself, capped at 1", () => {
    // Sorted: 0.001 (#2) ·4 = 0.004; 0.02 (#0) ·3 = 0.06; 0.3 (#3) ·2 = 0.6; 0.7 (#1) ·1 → max(0.6, 0.7) = 0.7.
    const verdicts = decideRegressions([
      input("lower", 0.1, 0.02),
      input("lower", 0.1, 0.7),
      input("higher", -0.1, 0.001),
      input("none", 0.1, 0.3),
    ]);
    [0.06, 0.7, 0.004, 0.6].forEach((p, i) => {
      expect(verdicts[i]?.adjustedP).toBeCloseTo(p, 15);
    });
    expect(verdicts.map((v) => v.regressed)).toEqual([false, false, true, false]);
    expect(decideRegressions([input("lower", 0.1, 0.6), input("lower", 0.1, 0.7)]).map((v) => v.adjustedP)).toEqual([
      1, 1,
    ]);
  });

  it("gives an undefined comparison (no shared cases) no regression", () => {
    const [verdict] = decideRegressions([input("lower", Number.NaN, 1)]);
    expect(verdict?.worseBy).toBeNaN();
    expect(verdict?.regressed).toBe(false);
  });

  it("never flags a candidate that is better than or equal to the baseline", () => {
    const change = fc.record({
      direction: fc.constantFrom<Direction>("lower", "higher"),
      improvement: fc.double({ min: 0, max: 1, noNaN: true }),
      p: fc.double({ min: 0, max: 1, noNaN: true }),
      maxRegression: fc.double({ min: 0, max: 0.5, noNaN: true }),
    });
    fc.assert(
      fc.property(fc.array(change, { minLength: 1, maxLength: 10 }), (changes) => {
        const verdicts = decideRegressions(
          changes.map((c) =>
            input(c.direction, c.direction === "lower" ? -c.improvement : c.improvement, c.p, c.maxRegression),
          ),
        );
        return verdicts.every((v, i) => !v.regressed && v.worseBy === -(changes[i]?.improvement as number));
      }),
    );
  });
});
