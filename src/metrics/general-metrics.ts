import type { CheckVerdict } from "../judges/verdict";
import { bootstrapMean } from "./bootstrap";
import type { CaseRecord } from "./case-records";
import type { MetricFn } from "./vertical-metrics";
import { wilson } from "./wilson";

/**
 * The general metrics, allowed in every vertical (docs/spec-reference.md, "General metrics"): they read
 * a general judge's verdicts, one per judged output — every sample of every measured case, outputs
 * that post-processing dropped left out.
 *
 * - `pass_rate`: the share of judged outputs that pass, with a Wilson interval over outputs. With one
 *   sample per case (the default) an output is a case, and a baseline comparison is McNemar's exact
 *   test on the cases; with more, a paired bootstrap over cases (metrics/paired.ts decides by shape).
 * - `mean_score`: the mean of their scores, with a seeded bootstrap interval over outputs; compared
 *   with a paired bootstrap over cases.
 */
export const GENERAL_METRIC_FUNCTIONS: Readonly<Record<string, MetricFn>> = {
  pass_rate: (records, ctx) => {
    const all = checks(records, "pass_rate");
    const passed = all.filter((v) => v.pass).length;
    return { estimate: wilson(passed, all.length, ctx.confidence), n: all.length, decisions: { positives: passed } };
  },
  mean_score: (records, ctx) => {
    const scores = checks(records, "mean_score").map((v) => v.score);
    return {
      estimate: bootstrapMean(scores, { resamples: ctx.resamples, confidence: ctx.confidence, seed: ctx.seed }),
      n: scores.length,
    };
  },
};

function checks(records: readonly CaseRecord[], metric: string): CheckVerdict[] {
  return records.flatMap((r) =>
    (r.samples ?? []).flatMap((v) => {
      if (v === undefined) return [];
      if (v.kind !== "check") {
        throw new Error(
          `${metric} needs a general judge (regex, contains, equals, json, refusal, classifier, module, …), but the spec's judge gives ${v.kind} verdicts`,
        );
      }
      return [v];
    }),
  );
}
