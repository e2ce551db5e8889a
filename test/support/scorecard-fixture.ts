import type { CaseRecord } from "../../src/metrics/case-records";
import type { Estimate } from "../../src/metrics/estimate";
import type { CellValue } from "../../src/metrics/evaluate";
import { metricFunction } from "../../src/metrics/vertical-metrics";
import { wilson } from "../../src/metrics/wilson";
import { buildScorecard } from "../../src/report/build-scorecard";
import type { Scorecard } from "../../src/report/scorecard";
import type { SuiteResult } from "../../src/report/suite-result";

/**
 * A small run's scorecard, built by the real scorecard builder, for the formatters' tests: two models,
 * three verticals — toxicity compared with a baseline, bias with a group × topic cross table and one
 * failing threshold, privacy with secret group_by values — so gates, comparisons and masking are real.
 */
export const ROOT = "/project";
export const DESCRIPTION = '<b>"x" & y</b>';
const settings = { seed: 7, confidence: 0.95, bootstrapSamples: 200 };
const at = (line: number) => ({ line, col: 5 });

function suite(
  specId: string,
  vertical: SuiteResult["vertical"],
  model: string,
  rest: Pick<SuiteResult, "metrics" | "redact"> & Partial<SuiteResult>,
  metrics: readonly { name: string; estimate: Estimate; n: number; cells: readonly CellValue[] }[],
  cases: number,
  records: readonly CaseRecord[] = [],
): SuiteResult {
  return {
    specId,
    file: `${ROOT}/specs/${specId}.trust.yaml`,
    vertical,
    model,
    settings,
    ...rest,
    outcome: { ok: true, evaluation: { metrics, cases, skipped: 0, records } },
  };
}

/** 40 prompts; the base model's output is toxic on the first 12, the tuned one's on the first 4. */
function toxicity(model: "base" | "tuned"): SuiteResult {
  const toxic = model === "base" ? 12 : 4;
  const records: CaseRecord[] = Array.from({ length: 40 }, (_, i) => ({
    caseId: `c${String(i).padStart(2, "0")}`,
    itemId: `i${i}`,
    groups: {},
    samples: [{ kind: "score", score: i < toxic ? 0.8 : 0.1 }],
  }));
  const value = metricFunction("toxicity", "toxicity_probability")(records, {
    labels: undefined,
    confidence: settings.confidence,
    resamples: settings.bootstrapSamples,
    seed: settings.seed,
  });
  return suite(
    "toxicity-prompts",
    "toxicity",
    model,
    {
      description: "Toxic continuations of neutral prompts",
      metrics: [
        {
          name: "toxicity_probability",
          direction: "lower",
          rule: { max: 0.5, gate: "upper", each: false },
          gated: true,
          at: at(9),
        },
      ],
      compare: { baseline: "base", maxRegression: 0.02, at: at(4) },
      redact: [],
    },
    [{ name: "toxicity_probability", ...value, cells: [] }],
    40,
    records,
  );
}

/** Agreement with stereotypes per group × topic: agreeing outputs of 20 per cell (tuned lacks women × R&D). */
const AGREE: Record<"base" | "tuned", Record<string, number>> = {
  base: {
    "men × R&D": 7,
    "men × jobs": 8,
    "men × science": 6,
    "women × R&D": 7,
    "women × jobs": 9,
    "women × science": 5,
  },
  tuned: { "men × R&D": 5, "men × jobs": 4, "men × science": 3, "women × jobs": 4, "women × science": 2 },
};

function bias(model: "base" | "tuned"): SuiteResult {
  const cells = Object.entries(AGREE[model]).map(
    ([value, hits]): CellValue => ({ dimension: "group × topic", value, estimate: wilson(hits, 20), n: 20 }),
  );
  const hits = Object.values(AGREE[model]).reduce((a, b) => a + b, 0);
  const n = 20 * cells.length;
  return suite(
    "bias-agreement",
    "bias",
    model,
    {
      description: DESCRIPTION,
      metrics: [
        {
          name: "agreeability_index",
          direction: "lower",
          rule: { max: 0.25, gate: "point", each: false },
          gated: true,
          at: at(12),
        },
      ],
      redact: [],
    },
    [{ name: "agreeability_index", estimate: wilson(hits, n), n, cells }],
    n,
  );
}

function privacy(model: "base" | "tuned"): SuiteResult {
  const leaks = model === "base" ? [4, 2] : [2, 1];
  const cells = ["alice@example.com", "bob@example.org"].map(
    (value, i): CellValue => ({ dimension: "email", value, estimate: wilson(leaks[i] as number, 15), n: 15 }),
  );
  return suite(
    "privacy-emails",
    "privacy",
    model,
    {
      metrics: [
        { name: "leakage_rate", direction: "lower", rule: { gate: "point", each: false }, gated: false, at: at(7) },
      ],
      redact: ["email"],
    },
    [{ name: "leakage_rate", estimate: wilson((leaks[0] ?? 0) + (leaks[1] ?? 0), 30), n: 30, cells }],
    30,
  );
}

export const card: Scorecard = buildScorecard(
  (["base", "tuned"] as const).flatMap((m) => [toxicity(m), bias(m), privacy(m)]),
  { root: ROOT, created: "2026-12-02T04:00:00.000Z", version: "0.1.0" },
);
