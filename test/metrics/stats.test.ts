import { applyGate, bootstrapMean, wilson } from "../../src/metrics/stats";

describe("stats (the public entry)", () => {
  it("gates a Wilson estimate on its lower bound, as `accuracy: { min: 0.6, gate: lower }` does", () => {
    // 70 of 100 correct: point 0.7, 95% Wilson interval [0.60415, 0.78105] (mpmath)
    const verdict = applyGate(wilson(70, 100), { min: 0.6, gate: "lower" });
    expect(verdict).toMatchObject({ pass: true, which: "lower" });
    expect(verdict.reason).toBe("lower bound 0.6042 of the 95% interval is at least min 0.6");
    // 13 of 20 is the same rate on fewer items: the lower bound falls to 0.433 and the gate fails.
    expect(applyGate(wilson(13, 20), { min: 0.6, gate: "lower" }).pass).toBe(false);
  });

  it("fails a gate on a metric over no items, whichever interval method", () => {
    expect(applyGate(wilson(0, 0), { max: 0.3, gate: "upper" }).pass).toBe(false);
    const empty = bootstrapMean([], { resamples: 100, confidence: 0.95, seed: 1 });
    expect(applyGate(empty, { max: 0.3, gate: "upper" }).reason).toBe(
      "upper bound of the 95% interval is not a number: the metric could not be computed (e.g. no items)",
    );
  });
});
