import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { PlanPosition } from "../compile/plan";
import { roleOf, type TargetRole } from "../compile/roles";
import { type JudgeRates, measuredJudge, roganGladen } from "../metrics/judge-error";
import { comparePaired, type PairedComparison } from "../metrics/paired";
import { decideRegressions } from "../metrics/regression";
import { metricFunction } from "../metrics/vertical-metrics";
import { fnv1a32 } from "../spec/dataset/select";
import type { Direction } from "../spec/metric-catalog";
import type { ExternalBaseline } from "./scorecard";
import type { SuiteResult } from "./suite-result";

/** One metric of one spec: a candidate model against the spec's baseline, decided across the run. */
export interface RunComparison {
  readonly specId: string;
  readonly model: string;
  readonly baseline: string;
  readonly metric: string;
  readonly direction: Direction;
  readonly maxRegression: number;
  readonly comparison: PairedComparison;
  /**
   * judge_error: correct: the two values and their difference are corrected for the judge's measured
   * error (the paired test is on the raw decisions); see {@link correctComparison}.
   */
  readonly corrected?: true;
  /** How much worse than the baseline, in the metric's units (negative: better). */
  readonly worseBy: number;
  /** Holm-adjusted across every comparison of the run. */
  readonly adjustedP: number;
  readonly regressed: boolean;
  /** Where the metric is declared in the spec. */
  readonly at: PlanPosition;
}

/** A spec whose comparisons could not be made, and why (its suites report the cause too). */
export interface ComparisonFailure {
  readonly specId: string;
  readonly model: string;
  readonly message: string;
}

/** A candidate not compared with its baseline because both are the same model files. */
export interface IdenticalModels {
  readonly specId: string;
  readonly model: string;
  readonly baseline: string;
}

export interface RunComparisons {
  readonly version: 1;
  readonly alpha: number;
  /** Candidates whose files are their baseline's: nothing to test, so not in the Holm family. */
  readonly identical?: readonly IdenticalModels[];
  /** The baseline scorecard the run compared with, and the specs it has (they get the gate's test). */
  readonly external?: { readonly source: string; readonly specs: readonly string[] };
  readonly comparisons: readonly RunComparison[];
  readonly failures: readonly ComparisonFailure[];
}

const FILE = "comparisons.json";
/** The significance level of the baseline gate (DESIGN §6b). */
export const REGRESSION_ALPHA = 0.05;

/**
 * The baseline gate over suite results (DESIGN §6b): for every spec with `compare`, every model but the
 * baseline and every metric with a direction, the paired comparison on the cases both measured; then
 * Holm's correction across all of them — the results given are the family (a run; under `--shard`, a
 * shard; a merged scorecard, the whole) — and the regression verdicts. The same function serves the
 * run's gate and the scorecard, so both always agree. With an `external` baseline (a release's scorecard,
 * `--baseline FILE`), every model is compared with that scorecard's result for its spec instead.
 */
export function compareResults(results: readonly SuiteResult[], external?: ExternalBaseline): RunComparisons {
  const pending: Omit<RunComparison, "worseBy" | "adjustedP" | "regressed">[] = [];
  const failures: ComparisonFailure[] = [];
  const identical: IdenticalModels[] = [];
  for (const candidate of results) {
    // A spec's baseline beside its candidates is context: compared with nothing, not in the Holm family.
    if (resultRole(candidate, results) === "baseline") continue;
    const fail = (message: string) => failures.push({ specId: candidate.specId, model: candidate.model, message });
    const found = external?.results.some((r) => r.specId === candidate.specId)
      ? externalBaseline(candidate, external)
      : inRunBaseline(candidate, results);
    if (found === undefined) continue;
    if ("error" in found) {
      fail(found.error);
      continue;
    }
    const { baseline, name } = found;
    if (candidate.fingerprint !== undefined && candidate.fingerprint === baseline.fingerprint) {
      identical.push({ specId: candidate.specId, model: candidate.model, baseline: name });
      continue;
    }
    if (!candidate.outcome.ok) {
      fail(candidate.outcome.error);
      continue;
    }
    if (!baseline.outcome.ok) {
      fail(`the baseline could not be evaluated: ${baseline.outcome.error}`);
      continue;
    }
    const { settings } = candidate;
    for (const metric of candidate.metrics.filter((m) => m.direction !== "none")) {
      try {
        const judge = metric.judgeError ? measuredJudge(metric.judgeError) : undefined;
        const raw = comparePaired(
          metricFunction(candidate.vertical, metric.name),
          candidate.outcome.evaluation.records,
          baseline.outcome.evaluation.records,
          {
            labels: settings.labels,
            confidence: settings.confidence,
            resamples: settings.bootstrapSamples,
            seed: fnv1a32(`${settings.seed}\u0000${metric.name}\u0000paired`),
          },
        );
        const comparison = judge ? correctComparison(raw, judge) : raw;
        pending.push({
          specId: candidate.specId,
          model: candidate.model,
          baseline: name,
          metric: metric.name,
          direction: metric.direction,
          maxRegression: metric.rule.maxRegression ?? candidate.compare?.maxRegression ?? settings.maxRegression ?? 0,
          comparison,
          ...(judge ? { corrected: true as const } : {}),
          at: metric.at,
        });
      } catch (e) {
        fail(e instanceof Error ? e.message : String(e));
      }
    }
  }
  const verdicts = decideRegressions(pending, REGRESSION_ALPHA);
  return {
    version: 1,
    alpha: REGRESSION_ALPHA,
    ...(external
      ? { external: { source: external.source, specs: [...new Set(external.results.map((r) => r.specId))].sort() } }
      : {}),
    comparisons: pending.map((p, i) => ({ ...p, ...(verdicts[i] as (typeof verdicts)[number]) })),
    ...(identical.length > 0 ? { identical } : {}),
    failures,
  };
}

/**
 * A baseline comparison of a share corrected for its judge's error. One judge scores both models, so
 * with the same sensitivity and specificity on both models' outputs the judged shares are
 * q = (1 − Sp) + J·p for each, and q_c − q_b = J·(p_c − p_b): the paired test of "no difference" on the
 * raw decisions is exactly the test of no difference in the true shares (the judge's error cancels), so
 * its p-value stands. The size does not cancel: the true difference is the raw one divided by J, larger,
 * and max_regression is about the true share — so the values and the difference compared with it are the
 * corrected ones: the values clipped to [0, 1] like every corrected value, the difference the raw one over
 * J, not the difference of the clipped values (two judged shares below the judge's false-positive rate
 * both clip to 0, and would hide any regression between them). When the judge errs differently on the
 * two models' outputs (a candidate that writes subtler toxicity the judge misses more), neither figure
 * is right; that is the correction's own assumption, stated in docs/scorecard.md.
 */
export function correctComparison(k: PairedComparison, judge: JudgeRates): PairedComparison {
  const candidate = roganGladen(k.candidate, judge.sensitivity, judge.specificity);
  const baseline = roganGladen(k.baseline, judge.sensitivity, judge.specificity);
  const j = judge.sensitivity - (1 - judge.specificity);
  return { ...k, candidate, baseline, delta: k.delta / j };
}

export function writeComparisons(runDir: string, comparisons: RunComparisons): void {
  writeFileSync(join(runDir, FILE), `${JSON.stringify(comparisons, null, 2)}\n`);
}

/** The run's comparisons, or undefined when the inference phase wrote none (an older run, or no spec compares). */
export function readComparisons(runDir: string): RunComparisons | undefined {
  const path = join(runDir, FILE);
  return existsSync(path) ? (JSON.parse(readFileSync(path, "utf8")) as RunComparisons) : undefined;
}

/** The paired test's name as every report prints it. */
export function testName(test: PairedComparison["test"], short = false): string {
  if (test === "mcnemar") return short ? "McNemar" : "McNemar exact";
  return test === "permutation" ? "exact permutation" : "paired bootstrap";
}

const fixed = (x: number) => (Number.isNaN(x) ? "n/a" : x.toFixed(3));
const pValue = (p: number) => (p < 0.001 ? p.toExponential(1) : p.toFixed(3));

/**
 * The compared metric's name as every report prints it: a comparison corrected for the judge's error
 * shows corrected values beside raw ones elsewhere in the reports, so it says which it is.
 */
export function comparedMetric(c: Pick<RunComparison, "metric" | "corrected">): string {
  return c.corrected ? `${c.metric} (corrected for the judge's error; tested on its raw decisions)` : c.metric;
}

/** One comparison in words: the change, the allowance, and both p-values. */
export function describeComparison(c: RunComparison): string {
  const { comparison: k } = c;
  const change = `${c.baseline} ${fixed(k.baseline)} → ${c.model} ${fixed(k.candidate)} (${k.delta >= 0 ? "+" : ""}${fixed(k.delta)})`;
  const test = testName(k.test);
  const verdict = c.regressed
    ? `worse by ${fixed(c.worseBy)} > max_regression ${c.maxRegression}`
    : c.worseBy > c.maxRegression
      ? `worse by ${fixed(c.worseBy)}, not significant`
      : c.worseBy > 0
        ? `worse by ${fixed(c.worseBy)}, within max_regression ${c.maxRegression}`
        : "not worse";
  return `${comparedMetric(c)}: ${change}, ${verdict}; ${test} p = ${pValue(k.p)}, Holm-adjusted p = ${pValue(c.adjustedP)} (${k.shared} shared cases)`;
}

type Found = { readonly baseline: SuiteResult; readonly name: string } | { readonly error: string } | undefined;

/** The spec's compare.baseline among the run's results; undefined for the baseline itself and specs without compare. */
function inRunBaseline(candidate: SuiteResult, results: readonly SuiteResult[]): Found {
  const compare = candidate.compare;
  if (!compare || candidate.model === compare.baseline) return undefined;
  const baseline = results.find((r) => r.specId === candidate.specId && r.model === compare.baseline);
  if (!baseline) {
    return {
      error: `the baseline ${compare.baseline} is not one of the models this spec ran on; add it to the spec's models (or the config's defaults.models)`,
    };
  }
  return { baseline, name: compare.baseline };
}

/**
 * The baseline scorecard's result for the candidate's spec: the released model of that spec in the
 * file — its one candidate (the file's own in-run baseline is context there too). A file holding
 * several candidates for the spec is ambiguous and says so.
 */
function externalBaseline(candidate: SuiteResult, external: ExternalBaseline): Found {
  const mine = external.results.filter((r) => r.specId === candidate.specId);
  const released = mine.filter((r) => resultRole(r, mine) === "candidate");
  const [baseline] = released;
  if (!baseline || released.length > 1) {
    return {
      error: `the baseline scorecard ${external.source} has ${candidate.specId} on several released models (${released.map((r) => r.model).join(", ")}); compare with a scorecard of one release (trustspec run --model RELEASE)`,
    };
  }
  return { baseline, name: `${baseline.model} [${external.source}]` };
}

/** What a suite's model is to its spec among the given results (see {@link roleOf}). */
export function resultRole(result: SuiteResult, results: readonly SuiteResult[]): TargetRole {
  const models = results.filter((r) => r.specId === result.specId).map((r) => r.model);
  return roleOf(result.model, result.compare?.baseline, models);
}
