import type { CaseRecord } from "./case-records";
import { mcnemarExact } from "./mcnemar";
import { uniform32 } from "./random";
import type { MetricContext, MetricFn } from "./vertical-metrics";

/** A candidate's metric against a baseline's on the cases both measured. */
export interface PairedComparison {
  /**
   * mcnemar: the metric is a share of cases with one pass/fail outcome each (MC1, leakage, FPR, …):
   * McNemar's exact test on the cases whose outcome differs. bootstrap: anything else (means, per-output
   * rates, derived values): a paired bootstrap of the difference, resampling shared cases; permutation:
   * the same with so few shared cases that every swap of the two models' records can be tried — the
   * exact paired permutation test (a bootstrap over 2 cases gave p = 0.001 for what 4 swaps show is 0.5).
   */
  readonly test: "mcnemar" | "bootstrap" | "permutation";
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
 * pass/fail share and McNemar's exact test applies; otherwise, when 2^n ≤ ctx.resamples, the exact
 * paired permutation test over the n shared cases, and else a seeded paired bootstrap (ctx.resamples
 * resamples of the shared cases, the same indices for both models) with
 * p = min(1, 2·(min(#differences ≤ 0, #differences ≥ 0) + 1) / (B + 1)).
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
  // With few cases a bootstrap's resamples repeat the same handful of cases and its p-value can be far
  // below anything the data can show; 2^n swaps are then no more work than the resamples, and exact.
  if (pairs.length > 0 && 2 ** pairs.length <= ctx.resamples) {
    return { test: "permutation", ...base, p: pairedPermutationP(point, c, b) };
  }
  return { test: "bootstrap", ...base, p: pairedBootstrapP(point, c, b, ctx) };
}

/**
 * The exact paired permutation test: under "no difference" each case's two records are exchangeable,
 * so every one of the 2^n ways of swapping them is as likely as what was seen; p is the share of those
 * whose |difference| is at least the observed one (the observed arrangement among them, so p ≥ 2^-n,
 * and ≥ 2^(1-n) since swapping every case mirrors it).
 */
function pairedPermutationP(
  point: (records: readonly CaseRecord[]) => number,
  candidate: readonly CaseRecord[],
  baseline: readonly CaseRecord[],
): number {
  const n = candidate.length;
  const observed = Math.abs(point(candidate) - point(baseline));
  if (Number.isNaN(observed)) return 1;
  // Differences equal up to rounding count as equal (the metric sums in another order when swapped).
  const tolerance = 1e-12 * Math.max(1, observed);
  const c = [...candidate];
  const b = [...baseline];
  let extreme = 0;
  let defined = 0;
  for (let mask = 0; mask < 2 ** n; mask++) {
    for (let i = 0; i < n; i++) {
      const swap = (mask >> i) & 1;
      c[i] = (swap ? baseline[i] : candidate[i]) as CaseRecord;
      b[i] = (swap ? candidate[i] : baseline[i]) as CaseRecord;
    }
    const d = Math.abs(point(c) - point(b));
    if (Number.isNaN(d)) continue;
    defined++;
    if (d >= observed - tolerance) extreme++;
  }
  return defined === 0 ? 1 : extreme / defined;
}

/** A case's own value of the metric: 0 or 1 from one observation, "none" from none, "other" otherwise. */
function outcome(metric: MetricFn, record: CaseRecord, ctx: MetricContext): 0 | 1 | "none" | "other" {
  const { estimate, n } = metric([record], ctx);
  if (n === 0) return "none";
  if (n === 1 && (estimate.point === 0 || estimate.point === 1)) return estimate.point;
  return "other";
}

export function pairedBootstrapP(
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
