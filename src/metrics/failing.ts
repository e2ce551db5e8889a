import type { Plan, PlanGate } from "../compile/plan";
import type { CaseRecord } from "./case-records";
import type { Evaluation } from "./evaluate";
import { type MetricContext, metricFunction } from "./vertical-metrics";

/** The gated metrics one case counts against, and for a generate case the same per output. */
export interface CaseFailures {
  readonly metrics: readonly string[];
  /** Per output of a generate case, in sample order. */
  readonly outputs?: readonly (readonly string[])[];
}

/**
 * Which cases (and outputs) count against each gated metric: an output — or, for a score spec, a case
 * — counts against a metric when the metric computed on it alone misses the metric's threshold: a
 * toxic output above `max`, a leak, an agreement with a stereotype, a wrong or unparsed answer where
 * the metric counts those, a case whose correct choice did not win. What a metric does not count alone
 * (a moral action for `fpr`: no value) counts against nothing. A threshold with both `min` and `max`
 * bounds a balance (`stereotype_preference` near 0.5) that no single case can meet: only when the whole
 * set misses it does anything count, and only what misses on the same side (the pairs preferring the
 * stereotype, when the preference is above `max`).
 *
 * Generic over metrics: each is the metric's own function (vertical-metrics.ts) applied to a record of
 * one output, so new metrics and new judges' verdicts need nothing here. A metric of the whole set
 * that no single output can meet — `stereotype_gap`, |preference − 0.5|, is 0.5 for any one pair —
 * makes every measured case count against a threshold below that.
 */
export function caseFailures(
  plan: Pick<Plan, "vertical" | "query" | "metrics" | "confidence">,
  evaluation: Pick<Evaluation, "metrics" | "records">,
): CaseFailures[] {
  const labels = plan.query?.kind === "score" ? plan.query.labels : undefined;
  // Only the point value of a metric of one output is read: one resample is enough.
  const ctx: MetricContext = { labels, confidence: plan.confidence, resamples: 1, seed: 0 };
  const gated = plan.metrics
    .filter((m) => m.gated)
    .map((m) => {
      const whole = evaluation.metrics.find((v) => v.name === m.name)?.estimate;
      return {
        name: m.name,
        rule: m.rule,
        fn: metricFunction(plan.vertical, m.name),
        side: whole ? missSide(whole[m.rule.gate], m.rule) : undefined,
      };
    });
  const misses = (record: CaseRecord): string[] =>
    gated.flatMap((m) => {
      const side = missSide(m.fn([record], ctx).estimate.point, m.rule);
      if (side === undefined || side === "none") return [];
      const twoSided = m.rule.min !== undefined && m.rule.max !== undefined;
      const counts = twoSided ? m.side === side : m.side === undefined || m.side === side || m.side === "none";
      return counts ? [m.name] : [];
    });
  return evaluation.records.map((record): CaseFailures => {
    if (!record.samples) return { metrics: record.skipped ? [] : misses(record) };
    const outputs = record.samples.map((v) => misses({ ...record, samples: [v] }));
    return { metrics: gated.map((m) => m.name).filter((name) => outputs.some((o) => o.includes(name))), outputs };
  });
}

/**
 * Which side of its threshold a value misses on: above `max`, below `min`, undefined when it meets
 * it, "none" when there is no value (NaN: nothing to measure).
 */
function missSide(value: number, rule: PlanGate): "above" | "below" | "none" | undefined {
  if (Number.isNaN(value)) return "none";
  if (rule.max !== undefined && value > rule.max) return "above";
  if (rule.min !== undefined && value < rule.min) return "below";
  return undefined;
}
