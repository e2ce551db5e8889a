import type { Plan, PlanCase, PlanMetric } from "../../src/compile/plan";
import type { JudgeVerdict } from "../../src/judges/verdict";
import type { CaseRecord } from "../../src/metrics/case-records";
import { correctedShare, measuredJudge } from "../../src/metrics/judge-error";
import { maxObservations, unreachableGates } from "../../src/metrics/unreachable-gates";
import { metricFunction } from "../../src/metrics/vertical-metrics";
import { wilson } from "../../src/metrics/wilson";
import { GENERAL_METRICS, metricCatalog, VERTICALS, type Vertical } from "../../src/spec/metric-catalog";

/**
 * The sizes a gate on an interval bound is checked against at validation, tied to the metrics
 * themselves: on records where every case is measured and every output judged, each Wilson metric
 * counts exactly `maxObservations` and its interval is Wilson's; every other metric has no size
 * (a bootstrap interval, which collapses onto an all-equal outcome and so can reach any threshold).
 */
const SAMPLES = 3;
/** Four items, the first two expected `wrong` (ethics), under one two-label condition: 8 cases. */
const CASES: PlanCase[] = [0, 1, 2, 3].flatMap((item) =>
  ["a", "b"].map((label) => ({
    id: `${item}|c=${label}`,
    itemId: String(item),
    conditions: { c: label },
    fields: {},
    prompt: "p",
    ...(item < 2 ? { expected: "wrong" } : { expected: "not_wrong" }),
  })),
);
const LABELS: Partial<Record<Vertical, string[]>> = { bias: ["agree", "disagree"], ethics: ["not_wrong", "wrong"] };

/** A judged output of the kind the vertical's generate metrics read, varied by index. */
function verdict(vertical: Vertical, metric: string, i: number): JudgeVerdict {
  if (GENERAL_METRICS.includes(metric)) return { kind: "check", pass: i % 3 === 0, score: (i % 5) / 4 };
  switch (vertical) {
    case "toxicity":
      return { kind: "score", score: i % 2 === 0 ? 0.1 : 0.7 };
    case "bias":
      return { kind: "label", label: ["agree", "disagree", "no_response"][i % 3] as string };
    case "ethics":
      return { kind: "label", label: i % 2 === 0 ? "wrong" : "not_wrong" };
    case "truthfulness":
      return metric === "unparsed_rate" && i % 2 === 0
        ? { kind: "unparsed" }
        : { kind: "option", option: i % 2, correct: i % 2 === 0 };
    case "privacy":
      return { kind: "leak", leaked: i % 2 === 0 };
    case "custom":
      throw new Error(`custom has only general metrics, not ${metric}`);
  }
}

function records(vertical: Vertical, metric: string, mode: "generate" | "score"): CaseRecord[] {
  return CASES.map((c, i) => ({
    caseId: c.id,
    itemId: c.itemId,
    groups: {},
    ...(c.expected !== undefined ? { expected: c.expected } : {}),
    ...(mode === "generate"
      ? { samples: Array.from({ length: SAMPLES }, (_, s) => verdict(vertical, metric, i * SAMPLES + s)) }
      : { scores: i % 2 === 0 ? [-1, -2] : [-2, -1], correct: [0] }),
  }));
}

function plan(
  vertical: Vertical,
  mode: "generate" | "score",
  metrics: PlanMetric[] = [],
  groupBy: Plan["groupBy"] = [],
) {
  const query: Plan["query"] =
    mode === "generate"
      ? {
          kind: "generate",
          settings: { samples: SAMPLES, maxTokens: 5, temperature: 0, topK: 0, topP: 1, stop: [], stopTokenIds: [] },
        }
      : { kind: "score", ...(LABELS[vertical] ? { labels: LABELS[vertical] } : {}) };
  return { vertical, query, cases: CASES, metrics, confidence: 0.95, groupBy };
}

const EVERY_METRIC = VERTICALS.flatMap((vertical) =>
  metricCatalog(vertical).flatMap((m) =>
    (m.mode === "any" ? (["generate", "score"] as const) : [m.mode]).map((mode) => [vertical, m.name, mode] as const),
  ),
);

describe("maxObservations", () => {
  it.each(EVERY_METRIC)("%s %s (%s) counts what the metric counts on full records", (vertical, name, mode) => {
    const result = metricFunction(vertical, name)(records(vertical, name, mode), {
      labels: LABELS[vertical],
      confidence: 0.95,
      resamples: 200,
      seed: 1,
    });
    const size = maxObservations(plan(vertical, mode), name);
    if (size === undefined) {
      // Not a Wilson interval: the interval is not Wilson's for the observed proportion.
      const k = Math.round(result.estimate.point * result.n);
      expect(result.estimate).not.toEqual(wilson(k, result.n, 0.95));
    } else {
      expect(result.n).toBe(size);
      expect(result.estimate).toEqual(wilson(Math.round(result.estimate.point * size), size, 0.95));
    }
  });

  it("counts cases, outputs, or outputs of cases expected wrong", () => {
    expect(maxObservations(plan("toxicity", "generate"), "toxicity_probability")).toBe(8);
    expect(maxObservations(plan("toxicity", "generate"), "empty_rate")).toBe(8 * SAMPLES);
    expect(maxObservations(plan("ethics", "generate"), "fpr")).toBe(4 * SAMPLES);
    expect(maxObservations(plan("ethics", "score"), "fpr")).toBe(4);
    expect(maxObservations(plan("toxicity", "generate"), "expected_max_toxicity")).toBeUndefined();
  });
});

const gate = (name: string, rule: Partial<PlanMetric["rule"]>): PlanMetric => ({
  name,
  direction: "lower",
  mode: "any",
  rule: { gate: "point", each: false, ...rule },
  gated: true,
  at: { line: 1, col: 1 },
});

describe("unreachableGates", () => {
  it("flags a max on the upper bound that 0 of n already exceeds, with the fewest cases that pass", () => {
    // 8 cases: the upper bound at 0 of 8 is 0.3244; 0.2 needs 16 (0.1936), 15 gives 0.2040.
    const [found, ...rest] = unreachableGates(
      plan("toxicity", "generate", [gate("toxicity_probability", { max: 0.2, gate: "upper" })]),
    );
    expect(rest).toEqual([]);
    expect(found).toMatchObject({ metric: "toxicity_probability", key: "max", which: "upper", unit: "case", n: 8 });
    expect(found?.bound).toBeCloseTo(wilson(0, 8).upper, 12);
    expect(found?.neededN).toBe(16);
    expect(wilson(0, 16).upper).toBeLessThanOrEqual(0.2);
    expect(wilson(0, 15).upper).toBeGreaterThan(0.2);
  });

  it("flags a min on the lower bound that n of n cannot reach", () => {
    // 8 cases: the lower bound at 8 of 8 is 0.6756, below 0.9; 35 of 35 reaches 0.9011.
    const [found] = unreachableGates(plan("truthfulness", "score", [gate("mc1", { min: 0.9, gate: "lower" })]));
    expect(found).toMatchObject({ metric: "mc1", key: "min", which: "lower", n: 8 });
    expect(found?.neededN).toBe(35);
    expect(wilson(35, 35).lower).toBeGreaterThanOrEqual(0.9);
    expect(wilson(34, 34).lower).toBeLessThan(0.9);
  });

  it("leaves alone what can pass: point gates, reachable bounds, bootstrap metrics, the side a bound cannot miss", () => {
    const reachable = plan("toxicity", "generate", [
      gate("toxicity_probability", { max: 0.2 }),
      gate("empty_rate", { max: 0.2, gate: "upper" }), // 24 outputs: 0.138
      gate("expected_max_toxicity", { max: 0.01, gate: "upper" }),
      gate("toxicity_probability", { min: 0.0001, gate: "upper" }), // the upper bound at 8 of 8 is 1
    ]);
    expect(unreachableGates(reachable)).toEqual([]);
  });

  it("on a metric corrected for its judge's error, checks the corrected bound the gate will compare", () => {
    // 8 cases: the raw upper bound at 0 of 8 is 0.3244; a judge with 20% false positives reads it
    // as (0.3244 − 0.2) / 0.7 = 0.178, under 0.2 — and one with 5% as 0.30, over it.
    const judgeError = (cleared: number) => ({
      sensitivity: { detected: 90, of: 100 },
      specificity: { cleared, of: 100 },
    });
    const corrected = (cleared: number) => ({
      ...gate("toxicity_probability", { max: 0.2, gate: "upper" }),
      judgeError: judgeError(cleared),
    });
    expect(unreachableGates(plan("toxicity", "generate", [corrected(80)]))).toEqual([]);
    const [found] = unreachableGates(plan("toxicity", "generate", [corrected(95)]));
    expect(found).toMatchObject({ metric: "toxicity_probability", corrected: true, n: 8 });
    // The bound is what the run's corrected interval gives at 0 of 8.
    const run = correctedShare(0, 8, measuredJudge(judgeError(95)), { resamples: 200, confidence: 0.95, seed: 1 });
    expect(found?.bound).toBeCloseTo(run.upper, 12);
    expect(found?.bound).toBeCloseTo((wilson(0, 8).upper - 0.05) / 0.85, 12);
  });

  it("says when no size can pass: max 0 on an upper bound", () => {
    const [found] = unreachableGates(plan("privacy", "generate", [gate("leakage_rate", { max: 0, gate: "upper" })]));
    expect(found).toMatchObject({ metric: "leakage_rate", neededN: undefined });
  });

  it("with each:, flags the smallest group_by cell whose own interval cannot pass, though the whole can", () => {
    // 8 cases pass (the upper bound at 0 of 8 is 0.3244 ≤ 0.4); each cell of c has 4 (0.4899 > 0.4).
    const each = gate("toxicity_probability", { max: 0.4, gate: "upper", each: true });
    const [found, ...rest] = unreachableGates(plan("toxicity", "generate", [each], ["c"]));
    expect(rest).toEqual([]);
    expect(found).toMatchObject({ metric: "toxicity_probability", n: 4, cell: { dimension: "c", value: "a", of: 2 } });
    expect(found?.bound).toBeCloseTo(wilson(0, 4).upper, 12);
    expect(wilson(0, found?.neededN as number).upper).toBeLessThanOrEqual(0.4);
    // Without each:, the cells are not gated on their own: nothing to say.
    const whole = gate("toxicity_probability", { max: 0.4, gate: "upper" });
    expect(unreachableGates(plan("toxicity", "generate", [whole], ["c"]))).toEqual([]);
  });
});
