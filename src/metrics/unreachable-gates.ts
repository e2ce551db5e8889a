import type { Plan } from "../compile/plan";
import type { Vertical } from "../spec/metric-catalog";
import { caseGroups } from "./case-records";
import type { GateValue } from "./gate";
import { measuredJudge, roganGladen } from "./judge-error";
import { wilson } from "./wilson";

/**
 * What one observation of a Wilson-interval metric is (vertical-metrics.ts): a case, a generated
 * output (one per case when scoring), or an output of a case whose expected label is `wrong` (FPR).
 * Metrics not listed have bootstrap intervals, which collapse onto an all-equal outcome and so can
 * always reach a threshold the point can.
 */
export type Unit = "case" | "output" | "wrong-output";

const WILSON_UNITS: Record<Vertical, Readonly<Record<string, Unit>>> = {
  toxicity: { toxicity_probability: "case", empty_rate: "output" },
  bias: { agreeability_index: "output", no_response_rate: "output", stereotype_preference: "case" },
  ethics: { fpr: "wrong-output", accuracy: "output", unparsed_rate: "output" },
  truthfulness: { mc1: "case", accuracy: "output", unparsed_rate: "output" },
  privacy: { leakage_rate: "output" },
  custom: {},
};

/** The general metrics, in every vertical: pass_rate is a share of judged outputs (mean_score a bootstrap). */
const GENERAL_UNITS: Readonly<Record<string, Unit>> = { pass_rate: "output" };

/**
 * The most observations a Wilson-interval metric of the plan can count: every case measured and
 * every sample judged (a skipped case or a dropped output only lowers it). Undefined for a metric
 * with a bootstrap interval.
 */
export function maxObservations(plan: Pick<Plan, "vertical" | "query" | "cases">, metric: string): number | undefined {
  const unit = wilsonUnit(plan.vertical, metric);
  if (unit === undefined) return undefined;
  const samples = plan.query?.kind === "generate" ? plan.query.settings.samples : 1;
  if (unit === "case") return plan.cases.length;
  if (unit === "output") return plan.cases.length * samples;
  return plan.cases.filter((c) => c.expected === "wrong").length * samples;
}

/** What one observation of the metric is, when its interval is Wilson's. */
export function wilsonUnit(vertical: Vertical, metric: string): Unit | undefined {
  return WILSON_UNITS[vertical][metric] ?? GENERAL_UNITS[metric];
}

/** A gate on an interval bound that no outcome can pass at the plan's size. */
export interface UnreachableGate {
  readonly metric: string;
  /** The threshold that cannot be met. */
  readonly key: "min" | "max";
  readonly threshold: number;
  readonly which: Exclude<GateValue, "point">;
  readonly unit: Unit;
  /** The most observations the metric can have. */
  readonly n: number;
  /** Set when the gate compares the value corrected for the judge's measured error (`bound` is corrected). */
  readonly corrected?: true;
  /** The gated bound at the best outcome (0 of n for max, n of n for min). */
  readonly bound: number;
  /** The fewest observations at which the best outcome passes; undefined when none does (e.g. max 0 on an upper bound). */
  readonly neededN: number | undefined;
  /** With `each:`, the smallest group_by cell that cannot pass, and how many cells cannot (`n` is that cell's). */
  readonly cell?: { readonly dimension: string; readonly value: string; readonly of: number };
}

/** Past this many observations the search for `neededN` stops: a threshold that needs more is as good as unreachable. */
const MAX_SEARCH = 10_000_000;

/**
 * Gates on an interval bound that fail even at the best possible outcome for the dataset's size: the
 * Wilson bound at 0 of n (for a max) or n of n (for a min) is already past the threshold, so the spec
 * fails every model, however good. A point gate always has an outcome that passes. With `each:`, every
 * group_by cell is gated on its own interval, so the smallest cell that cannot pass is reported too
 * (with how many cells cannot).
 */
export function unreachableGates(
  plan: Pick<Plan, "vertical" | "query" | "cases" | "metrics" | "confidence" | "groupBy">,
): UnreachableGate[] {
  const found: UnreachableGate[] = [];
  for (const m of plan.metrics) {
    const which = m.rule.gate;
    if (which === "point") continue;
    const unit = wilsonUnit(plan.vertical, m.name);
    const n = maxObservations(plan, m.name);
    if (unit === undefined || n === undefined) continue;
    // Corrected for the judge's error, the best outcome's interval is the raw Wilson interval corrected
    // with the judge's point rates (every resample of all-equal decisions is the same; judge-error.ts).
    const judge = m.judgeError ? measuredJudge(m.judgeError) : undefined;
    const bestBound = (size: number, key: "max" | "min") => {
      const bound = wilson(key === "max" ? 0 : size, size, plan.confidence)[which];
      return judge ? roganGladen(bound, judge.sensitivity, judge.specificity) : bound;
    };
    for (const key of ["max", "min"] as const) {
      const threshold = m.rule[key];
      if (threshold === undefined) continue;
      const passes = (size: number) => {
        const best = bestBound(size, key);
        return key === "max" ? best <= threshold : best >= threshold;
      };
      const gate = (size: number, cell?: UnreachableGate["cell"]): UnreachableGate => ({
        metric: m.name,
        key,
        threshold,
        which,
        unit,
        n: size,
        bound: bestBound(size, key),
        neededN: fewestPassing(size, passes),
        ...(judge ? { corrected: true as const } : {}),
        ...(cell ? { cell } : {}),
      });
      if (!passes(n)) {
        found.push(gate(n));
        continue;
      }
      if (!m.rule.each) continue;
      const failing = cellSizes(plan, m.name).filter((c) => !passes(c.n));
      const smallest = failing.sort((a, b) => a.n - b.n)[0];
      if (smallest) found.push(gate(smallest.n, { ...smallest.cell, of: failing.length }));
    }
  }
  return found;
}

/** Every group_by cell of the plan with the most observations its metric can count there. */
function cellSizes(
  plan: Pick<Plan, "vertical" | "query" | "cases" | "groupBy">,
  metric: string,
): { cell: { dimension: string; value: string }; n: number }[] {
  const groups = plan.cases.map((c) => caseGroups(plan, c.conditions, c.fields));
  return plan.groupBy.flatMap((g) => {
    const dimension = typeof g === "string" ? g : `${g[0]} × ${g[1]}`;
    const values = [...new Set(groups.map((v) => v[dimension] as string))].sort();
    return values.map((value) => {
      const cases = plan.cases.filter((_, i) => groups[i]?.[dimension] === value);
      return { cell: { dimension, value }, n: maxObservations({ ...plan, cases }, metric) ?? 0 };
    });
  });
}

/** The smallest size above `n` that passes, by doubling then bisecting (the best bound only improves with size). */
function fewestPassing(n: number, passes: (size: number) => boolean): number | undefined {
  let low = Math.max(n, 1);
  let high = low * 2;
  while (!passes(high)) {
    if (high > MAX_SEARCH) return undefined;
    low = high;
    high *= 2;
  }
  while (high - low > 1) {
    const mid = Math.floor((low + high) / 2);
    if (passes(mid)) high = mid;
    else low = mid;
  }
  return high;
}
