import type { CaseRecord } from "./case-records";
import { mcnemarExact } from "./mcnemar";
import { uniform32 } from "./random";
import type { MetricContext, MetricFn } from "./vertical-metrics";

/** A candidate's metric against a baseline's on the cases both measured. */
export interface PairedComparison {
  /**
   * mcnemar: the metric is a share of cases with one pass/fail outcome each (MC1, leakage, FPR, …):
   * McNemar's exact test on the cases whose outcome differs. bootstrap: anything else (means, per-output
   * rates, derived values): a paired bootstrap of the difference, resampling shared cases.
   */
  readonly test: "mcnemar" | "bootstrap";
  /** Cases both models measured (skipped in neither). */
  readonly shared: number;
  /** The metric on the shared cases. */
  readonly candidate: number;
  readonly baseline: number;
  /** candidate − baseline; NaN when either is undefined (e.g. no shared cases). */
  readonly delta: number;
  /** Two-sided p-value of "no difference" (1 when nothing differs). */
  readonly p: number;
  /** mcnemar: cases that passed only under the baseline, and only under the candidate. */
  readonly discordant?: { readonly baselineOnly: number; readonly candidateOnly: number };
}

/**
 * Compares a metric between two models on the same cases, paired by case id (DESIGN §6b): only cases
 * both measured count, in case-id order, so the result does not depend on run order. The test depends
 * on the metric's shape, decided from the metric itself: when the metric of every single shared case
 * is a 0/1 value over at most one observation, and both models observed the same cases, it is a
 * pass/fail share and McNemar's exact test applies; otherwise a seeded paired bootstrap (ctx.resamples resamples of the shared cases, the same
 * indices for both models) gives p = min(1, 2·(min(#differences ≤ 0, #differences ≥ 0) + 1) / (B + 1)).
 */
export function comparePaired(
  metric: MetricFn,
  candidate: readonly CaseRecord[],
  baseline: readonly CaseRecord[],
  ctx: MetricContext,
): PairedComparison {
  const byId = new Map(baseline.filter((r) => r.skipped === undefined).map((r) => [r.caseId, r]));
  const pairs = candidate
    .filter((r) => r.skipped === undefined && byId.has(r.caseId))
    .map((r) => [r, byId.get(r.caseId) as CaseRecord] as const)
    .sort(([a], [b]) => (a.caseId < b.caseId ? -1 : a.caseId > b.caseId ? 1 : 0));
  // Points only: one resample keeps any inner bootstrap cheap (its interval is not read).
  const pointCtx: MetricContext = { ...ctx, resamples: 1 };
  const point = (records: readonly CaseRecord[]) => metric(records, pointCtx).estimate.point;
  const c = pairs.map(([r]) => r);
  const b = pairs.map(([, r]) => r);
  const [cv, bv] = [point(c), point(b)];
  const base = { shared: pairs.length, candidate: cv, baseline: bv, delta: cv - bv };

  const outcomes = pairs.map(([x, y]) => [outcome(metric, x, pointCtx), outcome(metric, y, pointCtx)] as const);
  // McNemar only when both models observed exactly the same cases (a case dropped on one side only
  // would count in one share and not in the test).
  const binary = outcomes.every(([x, y]) => x !== "other" && y !== "other" && (x === "none") === (y === "none"));
  if (pairs.length > 0 && binary) {
    let baselineOnly = 0;
    let candidateOnly = 0;
    for (const [x, y] of outcomes) {
      if (x === 1 && y === 0) candidateOnly++;
      if (x === 0 && y === 1) baselineOnly++;
    }
    return {
      test: "mcnemar",
      ...base,
      p: mcnemarExact(baselineOnly, candidateOnly),
      discordant: { baselineOnly, candidateOnly },
    };
  }
  return { test: "bootstrap", ...base, p: pairedBootstrapP(point, c, b, ctx) };
}

/** A case's own value of the metric: 0 or 1 from one observation, "none" from none, "other" otherwise. */
function outcome(metric: MetricFn, record: CaseRecord, ctx: MetricContext): 0 | 1 | "none" | "other" {
  const { estimate, n } = metric([record], ctx);
  if (n === 0) return "none";
  if (n === 1 && (estimate.point === 0 || estimate.point === 1)) return estimate.point;
  return "other";
}

function pairedBootstrapP(
  point: (records: readonly CaseRecord[]) => number,
  candidate: readonly CaseRecord[],
  baseline: readonly CaseRecord[],
  ctx: MetricContext,
): number {
  const n = candidate.length;
  if (n === 0) return 1;
  const random = uniform32(ctx.seed);
  const c = new Array<CaseRecord>(n);
  const b = new Array<CaseRecord>(n);
  let atMost = 0;
  let atLeast = 0;
  let defined = 0;
  for (let r = 0; r < ctx.resamples; r++) {
    for (let i = 0; i < n; i++) {
      const k = (random() * n) | 0;
      c[i] = candidate[k] as CaseRecord;
      b[i] = baseline[k] as CaseRecord;
    }
    const d = point(c) - point(b);
    if (Number.isNaN(d)) continue;
    defined++;
    if (d <= 0) atMost++;
    if (d >= 0) atLeast++;
  }
  if (defined === 0) return 1;
  // The +1s keep a Monte Carlo p-value honest: never 0 from finitely many resamples.
  return Math.min(1, (2 * (Math.min(atMost, atLeast) + 1)) / (defined + 1));
}
