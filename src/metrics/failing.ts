import type { Plan, PlanGate } from "../compile/plan";
import type { CaseRecord } from "./case-records";
import { type MetricContext, metricFunction } from "./vertical-metrics";

/** The gated metrics one case counts against, and for a generate case the same per output. */
export interface CaseFailures {
  readonly metrics: readonly string[];
  /** Per output of a generate case, in sample order. */
  readonly outputs?: readonly (readonly string[])[];
}

/**
 * Which cases (and outputs) count against each gated metric. An output — or, for a score spec, a case —
 * counts against a metric when the metric computed on it alone misses the metric's threshold: a toxic
 * output above `max`, a leak, an agreement with a stereotype, a wrong or unparsed answer where the
 * metric counts those, a case whose correct choice did not win. What a metric does not count alone (a
 * moral action for `fpr`: no value) counts against nothing.
 *
 * Some metrics describe the whole set, and no single output can meet them: `stereotype_gap`,
 * |preference − 0.5|, is 0.5 for any one pair; `stereotype_preference` between a `min` and a `max` is 0
 * or 1. When every output alone misses such a metric while the whole set does better than any of them,
 * an output counts when leaving it out would bring the metric closer to its threshold (the pairs
 * preferring the stereotype, when the preference is too high); nothing counts when the whole set meets it.
 *
 * Generic over metrics: each is the metric's own function (vertical-metrics.ts) applied to records of
 * one output, so new metrics and new judges' verdicts need nothing here.
 */
export function caseFailures(
  plan: Pick<Plan, "vertical" | "query" | "metrics" | "confidence">,
  records: readonly CaseRecord[],
): CaseFailures[] {
  const labels = plan.query?.kind === "score" ? plan.query.labels : undefined;
  // Only point values are read: one resample is enough.
  const ctx: MetricContext = { labels, confidence: plan.confidence, resamples: 1, seed: 0 };
  // The units a metric is computed on alone: each output of a generate case, each score case.
  const units = records.flatMap((record, at): { at: number; output: number | undefined; record: CaseRecord }[] => {
    if (record.skipped) return [];
    if (!record.samples) return [{ at, output: undefined, record }];
    return record.samples.map((v, output) => ({ at, output, record: { ...record, samples: [v] } }));
  });
  const against = units.map(() => [] as string[]);
  for (const m of plan.metrics.filter((x) => x.gated)) {
    const fn = metricFunction(plan.vertical, m.name);
    const miss = (list: readonly CaseRecord[]) => missBy(fn(list, ctx).estimate.point, m.rule);
    const alone = units.map((u) => miss([u.record]));
    const measured = alone.filter((a) => !Number.isNaN(a));
    const whole = miss(units.map((u) => u.record));
    const least = measured.reduce((a, b) => Math.min(a, b), Number.POSITIVE_INFINITY);
    const ofTheWhole = measured.length > 0 && least > 0 && whole < least;
    units.forEach((_, i) => {
      const a = alone[i] as number;
      if (Number.isNaN(a)) return;
      const counts = ofTheWhole ? miss(units.filter((_, j) => j !== i).map((u) => u.record)) < whole : a > 0;
      if (counts) against[i]?.push(m.name);
    });
  }
  const byCase = records.map(() => [] as { output: number | undefined; metrics: string[] }[]);
  units.forEach((u, i) => {
    byCase[u.at]?.push({ output: u.output, metrics: against[i] as string[] });
  });
  return records.map((record, at): CaseFailures => {
    const mine = byCase[at] ?? [];
    const metrics = plan.metrics.map((m) => m.name).filter((name) => mine.some((u) => u.metrics.includes(name)));
    if (!record.samples) return { metrics };
    return { metrics, outputs: record.samples.map((_, j) => mine.find((u) => u.output === j)?.metrics ?? []) };
  });
}

/**
 * How far a value is outside its threshold: 0 when it meets it, the distance above `max` or below
 * `min` otherwise, NaN when there is no value (nothing to measure).
 */
function missBy(value: number, rule: PlanGate): number {
  if (Number.isNaN(value)) return Number.NaN;
  return Math.max(0, rule.max !== undefined ? value - rule.max : 0, rule.min !== undefined ? rule.min - value : 0);
}
