import fc from "fast-check";
import { auroc } from "../../src/metrics/auroc";

/** The definition, pair by pair: P(positive > negative) + ½ P(tie). */
function pairwise(scores: readonly number[], positive: readonly boolean[]): number {
  let wins = 0;
  let pairs = 0;
  scores.forEach((p, i) => {
    if (!positive[i]) return;
    scores.forEach((n, j) => {
      if (positive[j]) return;
      pairs++;
      wins += p > n ? 1 : p === n ? 0.5 : 0;
    });
  });
  return wins / pairs;
}

/** Scores from a small set of values, so ties are common, with labels of both classes. */
const labelled = fc
  .array(
    fc.tuple(
      fc.integer({ min: 0, max: 6 }).map((k) => k / 6),
      fc.boolean(),
    ),
    { minLength: 2, maxLength: 60 },
  )
  .filter((rows) => rows.some(([, p]) => p) && rows.some(([, p]) => !p))
  .map((rows) => ({ scores: rows.map(([s]) => s), positive: rows.map(([, p]) => p) }));

describe("auroc", () => {
  it("is 1 when every positive scores above every negative, and 0 the other way round", () => {
    expect(auroc([0.9, 0.8, 0.3, 0.1], [true, true, false, false])).toBe(1);
    expect(auroc([0.9, 0.8, 0.3, 0.1], [false, false, true, true])).toBe(0);
  });

  it("is ½ when every score ties", () => {
    expect(auroc([0, 0, 0, 0, 0], [true, false, true, false, false])).toBe(0.5);
  });

  it("counts a tie between a positive and a negative as one half", () => {
    // Positives 0.8, 0.5; negatives 0.5, 0.2. Pairs: 0.8>0.5, 0.8>0.2, 0.5=0.5 (½), 0.5>0.2 → 3.5/4.
    // Midranks: 0.2 → 1, 0.5 → 2.5 (twice), 0.8 → 4; R₊ = 4 + 2.5 = 6.5; U = 6.5 − 3 = 3.5.
    expect(auroc([0.8, 0.5, 0.5, 0.2], [true, true, false, false])).toBe(0.875);
  });

  it("matches a hand count with unequal classes and a three-way tie", () => {
    // Positives 1, 0, 0; negatives 0, 0.5. Pairs: 1>0, 1>0.5, 0=0 (½), 0<0.5, 0=0 (½), 0<0.5 → 3/6.
    expect(auroc([1, 0, 0, 0, 0.5], [true, true, true, false, false])).toBe(0.5);
    // Positive 0.4; negatives 0.1, 0.4, 0.7 → (1 + ½ + 0)/3 = 0.5.
    expect(auroc([0.1, 0.4, 0.4, 0.7], [false, true, false, false])).toBeCloseTo(0.5, 15);
    // Positives 0.3, 0.6, 0.6; negatives 0.3, 0.3: 0.3 ties both (1), each 0.6 beats both (4) → 5/6.
    expect(auroc([0.3, 0.6, 0.6, 0.3, 0.3], [true, true, true, false, false])).toBeCloseTo(5 / 6, 15);
  });

  it("is NaN with only one class, and refuses mismatched or non-finite input", () => {
    expect(auroc([0.1, 0.2], [true, true])).toBeNaN();
    expect(auroc([0.1, 0.2], [false, false])).toBeNaN();
    expect(auroc([], [])).toBeNaN();
    expect(() => auroc([0.1], [true, false])).toThrow(RangeError);
    expect(() => auroc([Number.NaN, 0.2], [true, false])).toThrow(/score 0 is NaN/);
  });

  it("equals the pairwise definition", () => {
    fc.assert(
      fc.property(
        labelled,
        ({ scores, positive }) => Math.abs(auroc(scores, positive) - pairwise(scores, positive)) < 1e-12,
      ),
    );
  });

  it("stays in [0, 1], ignores the order of the cases, and mirrors when the scores are negated", () => {
    fc.assert(
      fc.property(labelled, fc.integer(), ({ scores, positive }, seed) => {
        const a = auroc(scores, positive);
        const order = scores
          .map((_, i) => i)
          .sort((i, j) => ((i * 7919 + seed) % 97) - ((j * 7919 + seed) % 97) || i - j);
        const shuffled = auroc(
          order.map((i) => scores[i] as number),
          order.map((i) => positive[i] as boolean),
        );
        const negated = auroc(
          scores.map((s) => -s),
          positive,
        );
        return a >= 0 && a <= 1 && Math.abs(a - shuffled) < 1e-12 && Math.abs(a + negated - 1) < 1e-12;
      }),
    );
  });

  it("depends only on the order of the scores, not their values", () => {
    fc.assert(
      fc.property(labelled, ({ scores, positive }) => {
        const squashed = scores.map((s) => s ** 3 / 10 + 2);
        return Math.abs(auroc(scores, positive) - auroc(squashed, positive)) < 1e-12;
      }),
    );
  });
});
