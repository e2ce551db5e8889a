import fc from "fast-check";
import { bootstrapMean } from "../../src/metrics/bootstrap";
import {
  correctedShare,
  correctionRefusal,
  exactJudge,
  type JudgeError,
  measuredJudge,
  roganGladen,
  youden,
} from "../../src/metrics/judge-error";
import { wilson } from "../../src/metrics/wilson";
import { mulberry32 } from "../../src/spec/shuffle";

const options = { resamples: 1000, confidence: 0.95, seed: 7 };
const rate = fc.double({ min: 0, max: 1, noNaN: true });
/** Judges clearly better than chance. */
const goodRate = fc.double({ min: 0.6, max: 1, noNaN: true });

const judge = (detected: number, positives: number, cleared: number, negatives: number): JudgeError => ({
  sensitivity: { detected, of: positives },
  specificity: { cleared, of: negatives },
});

describe("roganGladen", () => {
  it("is the identity at a perfect judge", () => {
    fc.assert(fc.property(rate, (q) => roganGladen(q, 1, 1) === q));
  });

  it("is in [0, 1] for every judged share and judge better than chance", () => {
    fc.assert(
      fc.property(rate, goodRate, goodRate, (q, se, sp) => {
        const p = roganGladen(q, se, sp);
        return p >= 0 && p <= 1;
      }),
    );
  });

  it("clips a judged share below the false-positive rate to 0 and one above the sensitivity to 1", () => {
    expect(roganGladen(0.05, 0.9, 0.9)).toBe(0);
    expect(roganGladen(0.95, 0.9, 0.9)).toBe(1);
    // Unclipped in between: (0.3 + 0.9 − 1) / 0.8.
    expect(roganGladen(0.3, 0.9, 0.9)).toBeCloseTo(0.25, 12);
  });

  it("is monotone in the judged share", () => {
    fc.assert(
      fc.property(rate, rate, goodRate, goodRate, (a, b, se, sp) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        return roganGladen(lo, se, sp) <= roganGladen(hi, se, sp);
      }),
    );
  });

  it("is symmetric: counting negatives with sensitivity and specificity swapped gives 1 − p", () => {
    fc.assert(
      fc.property(rate, goodRate, goodRate, (q, se, sp) => {
        return Math.abs(roganGladen(1 - q, sp, se) - (1 - roganGladen(q, se, sp))) < 1e-12;
      }),
    );
  });

  it("is undefined for a judge at or below chance", () => {
    expect(roganGladen(0.3, 0.5, 0.5)).toBeNaN();
    expect(roganGladen(0.3, 0.4, 0.5)).toBeNaN();
  });
});

describe("correctionRefusal", () => {
  it("accepts a judge well above chance measured on enough outputs", () => {
    expect(correctionRefusal(judge(970, 1000, 880, 900), 0.95)).toBeUndefined();
    expect(youden(judge(970, 1000, 880, 900))).toBeCloseTo(0.97 + 880 / 900 - 1, 12);
  });

  it("refuses a judge near chance and names the figure and the bound", () => {
    const reason = correctionRefusal(judge(55, 100, 60, 100), 0.95);
    expect(reason).toContain("sensitivity + specificity − 1 = 0.15");
    expect(reason).toContain("55/100");
    expect(reason).toContain("below 0.2");
  });

  it("refuses counts too few to rule out chance even when the shares look perfect", () => {
    const reason = correctionRefusal(judge(3, 3, 3, 3), 0.95);
    expect(reason).toContain("too few");
    expect(reason).toContain("= 1 (sensitivity 3/3, specificity 3/3)");
  });
});

describe("correctedShare", () => {
  it("is the raw share's seeded bootstrap, widened to its Wilson interval, at a perfect judge", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), fc.nat(), fc.integer(), (n, k, seed) => {
        const positives = k % (n + 1);
        const decisions = [...Array<number>(positives).fill(1), ...Array<number>(n - positives).fill(0)];
        const o = { resamples: 200, confidence: 0.9, seed };
        const boot = bootstrapMean(decisions, o);
        const raw = wilson(positives, n, 0.9);
        expect(correctedShare(positives, n, exactJudge(1, 1), o)).toEqual({
          point: positives / n,
          lower: Math.min(boot.lower, raw.lower),
          upper: Math.max(boot.upper, raw.upper),
        });
      }),
      { numRuns: 50 },
    );
  });

  it("does not collapse at 0 positives: its upper bound is the raw Wilson bound, corrected", () => {
    // Every resample of 0 toxic of 20 is 0 toxic; the raw interval still says up to 0.16 is possible.
    const e = correctedShare(0, 20, measuredJudge(judge(90, 100, 95, 100)), options);
    expect(e.point).toBe(0);
    expect(e.upper).toBeCloseTo(roganGladen(wilson(0, 20).upper, 0.9, 0.95), 12);
    expect(e.upper).toBeGreaterThan(0.1);
  });

  it("is the Rogan–Gladen point inside its interval, within [0, 1]", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 200 }),
        fc.nat(),
        fc.integer({ min: 30, max: 500 }),
        fc.integer({ min: 30, max: 500 }),
        (n, k, positives, negatives) => {
          const measured = judge(Math.ceil(positives * 0.9), positives, Math.ceil(negatives * 0.85), negatives);
          const hits = k % (n + 1);
          const e = correctedShare(hits, n, measuredJudge(measured), { ...options, resamples: 200 });
          const rates = measuredJudge(measured);
          expect(e.point).toBe(roganGladen(hits / n, rates.sensitivity, rates.specificity));
          expect(e.lower).toBeLessThanOrEqual(e.point);
          expect(e.point).toBeLessThanOrEqual(e.upper);
          expect(e.lower).toBeGreaterThanOrEqual(0);
          expect(e.upper).toBeLessThanOrEqual(1);
        },
      ),
      { numRuns: 40 },
    );
  });

  it("widens as the judge's counts shrink (the same shares measured on fewer outputs)", () => {
    const width = (scale: number) => {
      const e = correctedShare(120, 400, measuredJudge(judge(9 * scale, 10 * scale, 8 * scale, 10 * scale)), options);
      return e.upper - e.lower;
    };
    const widths = [1000, 100, 10].map(width);
    expect(widths[0]).toBeLessThan(widths[1] as number);
    expect(widths[1]).toBeLessThan(widths[2] as number);
    // And the judge's uncertainty adds to the sample's: wider than the same rates known exactly.
    const exact = correctedShare(120, 400, exactJudge(0.9, 0.8), options);
    expect(exact.upper - exact.lower).toBeLessThan(widths[1] as number);
  });

  it("is deterministic given the seed", () => {
    const measured = measuredJudge(judge(90, 100, 80, 100));
    expect(correctedShare(30, 100, measured, options)).toEqual(correctedShare(30, 100, measured, options));
    expect(correctedShare(30, 100, measured, options)).not.toEqual(
      correctedShare(30, 100, measured, { ...options, seed: 8 }),
    );
  });

  it("is undefined over no decisions", () => {
    expect(correctedShare(0, 0, exactJudge(0.9, 0.9), options)).toEqual({
      point: Number.NaN,
      lower: Number.NaN,
      upper: Number.NaN,
    });
  });

  it("covers the true share about as often as its level says (simulated judge and labelled set)", () => {
    // True share 0.3; the judge misses 15% of positives and flags 10% of negatives; its error was
    // measured on 300 + 300 labelled outputs; each run judges 300 outputs.
    const random = mulberry32(2024);
    const bernoulli = (p: number) => (random() < p ? 1 : 0);
    const count = (n: number, p: number) => {
      let k = 0;
      for (let i = 0; i < n; i++) k += bernoulli(p);
      return k;
    };
    const [truth, se, sp, n, simulations] = [0.3, 0.85, 0.9, 300, 300];
    let covered = 0;
    for (let s = 0; s < simulations; s++) {
      const measured = judge(count(300, se), 300, count(300, sp), 300);
      let hits = 0;
      for (let i = 0; i < n; i++) hits += bernoulli(bernoulli(truth) ? se : 1 - sp);
      const e = correctedShare(hits, n, measuredJudge(measured), { resamples: 400, confidence: 0.95, seed: s });
      if (e.lower <= truth && truth <= e.upper) covered++;
    }
    expect(covered / simulations).toBeGreaterThanOrEqual(0.93);
    // Not vacuous: the judged share itself (0.3 · 0.85 + 0.7 · 0.1 = 0.325) is off the truth.
    expect(roganGladen(0.325, se, sp)).toBeCloseTo(truth, 12);
  });

  it("rejects bad counts", () => {
    expect(() => correctedShare(5, 4, exactJudge(1, 1), options)).toThrow(RangeError);
    expect(() => correctedShare(1.5, 4, exactJudge(1, 1), options)).toThrow(RangeError);
  });
});
