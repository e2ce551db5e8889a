import type { Plan } from "../compile/plan";
import type { ClassifierAnswers } from "../judges/toxicity-classifier";
import type { CallResult } from "../run/calls";
import { fnv1a32 } from "../spec/dataset/select";
import { type CaseRecord, caseRecords } from "./case-records";
import type { Estimate } from "./estimate";
import { metricFunction } from "./vertical-metrics";

export interface CellValue {
  /** The group_by dimension ("system", "group × topic"). */
  readonly dimension: string;
  readonly value: string;
  readonly estimate: Estimate;
  readonly n: number;
}

export interface MetricValue {
  readonly name: string;
  readonly estimate: Estimate;
  readonly n: number;
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
  const context = (metric: string, cell: string) => ({
    labels,
    confidence: plan.confidence,
    resamples: plan.bootstrapSamples,
    seed: fnv1a32(`${plan.seed}\u0000${metric}\u0000${cell}`),
  });
  const dimensions = plan.groupBy.map((g) => (typeof g === "string" ? g : `${g[0]} × ${g[1]}`));
  const metrics = plan.metrics.map((m): MetricValue => {
    const fn = metricFunction(plan.vertical, m.name);
    const overall = fn(measured, context(m.name, ""));
    const cells = dimensions.flatMap((dimension) => {
      const values = [...new Set(measured.map((r) => r.groups[dimension] as string))].sort();
      return values.map((value): CellValue => {
        const result = fn(
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
