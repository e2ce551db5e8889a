import type { Plan } from "../compile/plan";
import type { ClassifierAnswers } from "../judges/toxicity-classifier";
import type { CallResult } from "../run/calls";
import { fnv1a32 } from "../spec/dataset/select";
import { type CaseRecord, caseRecords } from "./case-records";
import type { Estimate } from "./estimate";
import { correctedShare, measuredJudge } from "./judge-error";
import { type MetricContext, metricFunction } from "./vertical-metrics";

export interface CellValue {
  /** The group_by dimension ("system", "group × topic"). */
  readonly dimension: string;
  readonly value: string;
  readonly estimate: Estimate;
  readonly n: number;
  /** judge_error: correct: the value corrected for the judge's measured error; the gate compares it. */
  readonly corrected?: Estimate;
}

export interface MetricValue {
  readonly name: string;
  readonly estimate: Estimate;
  readonly n: number;
  /** judge_error: correct: the value corrected for the judge's measured error; the gate compares it. */
  readonly corrected?: Estimate;
  readonly cells: readonly CellValue[];
}

export interface Evaluation {
  readonly metrics: readonly MetricValue[];
  readonly cases: number;
  /** Cases whose prompt did not fit the model (counted, never truncated). */
  readonly skipped: number;
  readonly records: readonly CaseRecord[];
}

/**
 * A plan's metrics for one model's results: overall and per group_by cell, each with its interval.
 * Deterministic: the records are in plan order and every bootstrap is seeded from the spec seed,
 * the metric and the cell — so the values are the same in any worker, shard or cache state.
 */
export function evaluatePlan(
  plan: Plan,
  results: readonly (CallResult | undefined)[],
  classified?: ClassifierAnswers,
): Evaluation {
  const records = caseRecords(plan, results, classified);
  const measured = records.filter((r) => r.skipped === undefined);
  const labels = plan.query?.kind === "score" ? plan.query.labels : undefined;
  const context = (metric: string, cell: string): MetricContext => ({
    labels,
    confidence: plan.confidence,
    resamples: plan.bootstrapSamples,
    seed: fnv1a32(`${plan.seed}\u0000${metric}\u0000${cell}`),
  });
  const dimensions = plan.groupBy.map((g) => (typeof g === "string" ? g : `${g[0]} × ${g[1]}`));
  const metrics = plan.metrics.map((m): MetricValue => {
    const fn = metricFunction(plan.vertical, m.name);
    const judge = m.judgeError ? measuredJudge(m.judgeError) : undefined;
    const measure = (records: readonly CaseRecord[], ctx: MetricContext) => {
      const { estimate, n, decisions } = fn(records, ctx);
      if (!judge) return { estimate, n };
      // The schema lets judge_error only on shares of the judge's decisions, which all report them.
      if (!decisions) throw new Error(`internal: ${m.name} is corrected for its judge's error but has no decisions`);
      const options = { resamples: ctx.resamples, confidence: ctx.confidence, seed: ctx.seed };
      return { estimate, n, corrected: correctedShare(decisions.positives, n, judge, options) };
    };
    const overall = measure(measured, context(m.name, ""));
    const cells = dimensions.flatMap((dimension) => {
      const values = [...new Set(measured.map((r) => r.groups[dimension] as string))].sort();
      return values.map((value): CellValue => {
        const result = measure(
          measured.filter((r) => r.groups[dimension] === value),
          context(m.name, `${dimension}=${value}`),
        );
        return { dimension, value, ...result };
      });
    });
    return { name: m.name, ...overall, cells };
  });
  return { metrics, cases: records.length, skipped: records.length - measured.length, records };
}
