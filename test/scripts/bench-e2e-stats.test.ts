import { describe, expect, test } from "@jest/globals";
import { median, pairedRatio } from "../../scripts/bench-e2e/stats";

describe("bench --e2e's paired ratio", () => {
  test("a round that is slower on both sides leaves the ratio", () => {
    // Round 2 ran on a loaded host: both sides took 4× as long; trustspec was 1.1× its floor in each round.
    expect(pairedRatio([1.1, 4.4, 1.32], [1.0, 4.0, 1.2])).toBeCloseTo(1.1, 12);
  });

  test("pairs each round's runs, where the ratio of the medians mixes rounds", () => {
    // trustspec 1.2× its floor in two rounds of three; the medians (3 s and 4 s) come from different rounds.
    const trustspec = [1.2, 3, 6];
    const floor = [1, 4, 5];
    expect(pairedRatio(trustspec, floor)).toBeCloseTo(1.2, 12);
    expect(median(trustspec) / median(floor)).toBeCloseTo(0.75, 12);
  });

  test("is the median of the rounds' ratios, not their mean", () => {
    expect(pairedRatio([2, 1, 9], [1, 1, 1])).toBe(2);
  });

  test("refuses runs that do not pair up", () => {
    expect(() => pairedRatio([1, 2], [1])).toThrow("paired ratio of 2 and 1 runs");
    expect(() => pairedRatio([], [])).toThrow();
  });
});
