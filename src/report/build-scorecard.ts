import { relative, sep } from "node:path";
import type { TargetRole } from "../compile/roles";
import type { CaseRecord } from "../metrics/case-records";
import type { MetricValue } from "../metrics/evaluate";
import { applyMetricGate } from "../metrics/gate";
import { CORRECTION_METHOD } from "../metrics/judge-error";
import { shellWord } from "../probe/describe-probe";
import type { Direction, Vertical } from "../spec/metric-catalog";
import { compareResults, describeComparison, resultRole } from "./compare-results";
import { probeLines } from "./format-probe";
import { maskSuiteResult } from "./mask";
import { noAnswerRate } from "./no-answer";
import {
  type ExternalBaseline,
  type GateFailure,
  SCORECARD_VERSION,
  type Scorecard,
  type ScorecardMetric,
  type ScorecardProbe,
  type ScorecardSpec,
  type ScorecardSpecModel,
  type VerticalScore,
} from "./scorecard";
import { reviveSuiteProbes, type SuiteProbe, type SuiteResult } from "./suite-result";

export interface BuildOptions {
  /** Spec paths in the scorecard are relative to this directory (the project root). */
  readonly root: string;
  /** ISO-8601 creation time (passed in, so a build is a pure function of its inputs). */
  readonly created: string;
  /** trustspec's version. */
  readonly version: string;
  /** Runs merged into this one (default 1). */
  readonly sources?: number;
  /** Spec id → its file relative to the root, when known already (merging scorecards built elsewhere). */
  readonly files?: ReadonlyMap<string, string>;
  /** A baseline scorecard's results every model is compared with (`--baseline FILE`). */
  readonly baseline?: ExternalBaseline;
}

/**
 * Builds the scorecard of a run from its suite results: masks secrets, applies every threshold,
 * compares every candidate with its baseline (Holm-corrected across the scorecard), scores each
 * vertical for the radar, gives each probe its verdict and full replay command, and collects the gate's
 * failures (a broken or erring probe among them) with the spec line each points at.
 */
export function buildScorecard(results: readonly SuiteResult[], options: BuildOptions): Scorecard {
  const masked = [...results].sort(bySpecThenModel).map(reviveSuiteProbes).map(maskSuiteResult);
  const models = modelOrder(masked);
  const rel = (id: string, file: string) => options.files?.get(id) ?? relative(options.root, file).split(sep).join("/");
  const specIds = [...new Set(masked.map((r) => r.specId))];
  const specs: ScorecardSpec[] = specIds.map((id) => {
    const runs = masked.filter((r) => r.specId === id);
    const first = runs[0] as SuiteResult;
    return {
      id,
      file: rel(id, first.file),
      vertical: first.vertical,
      ...(first.description !== undefined ? { description: first.description } : {}),
      ...(first.compare ? { baseline: first.compare.baseline } : {}),
      metrics: first.metrics.map((m) => ({
        name: m.name,
        direction: m.direction,
        ...(m.gated
          ? {
              threshold: {
                ...(m.rule.min !== undefined ? { min: m.rule.min } : {}),
                ...(m.rule.max !== undefined ? { max: m.rule.max } : {}),
                gate: m.rule.gate,
                each: m.rule.each,
                ...(m.judgeError ? { on: "corrected" as const } : {}),
              },
            }
          : {}),
        ...(first.compare ? { maxRegression: m.rule.maxRegression ?? first.compare.maxRegression } : {}),
        line: m.at.line,
        column: m.at.col,
      })),
      models: models.flatMap((model) => {
        const run = runs.find((r) => r.model === model);
        if (!run) return [];
        const chat = run.settings.chat;
        const written = chat
          ? { chat: { ...chat, template: relative(options.root, chat.template).split(sep).join("/") } }
          : {};
        const dtype = run.settings.dtype !== undefined ? { dtype: run.settings.dtype } : {};
        return [{ ...specModel(run, resultRole(run, runs)), ...dtype, ...written }];
      }),
    };
  });
  const baseline = options.baseline
    ? {
        source: options.baseline.source,
        results: [...options.baseline.results].sort(bySpecThenModel).map(maskSuiteResult),
      }
    : undefined;
  const { comparisons, identical, failures: comparisonFailures, alpha } = compareResults(masked, baseline);

  const failures: GateFailure[] = [];
  // A baseline's own threshold misses and broken probes: reported as context, never the release's gate.
  const context: GateFailure[] = [];
  for (const spec of specs) {
    for (const m of spec.models) {
      const own = m.role === "baseline" ? context : failures;
      if (m.error) {
        failures.push({
          kind: "error",
          spec: spec.id,
          model: m.model,
          message: m.error,
          file: spec.file,
          line: 1,
          column: 1,
        });
      }
      for (const metric of m.metrics) {
        const definition = spec.metrics.find((d) => d.name === metric.name);
        const at = { file: spec.file, line: definition?.line ?? 1, column: definition?.column ?? 1 };
        const failed = [
          ...(metric.verdict === "fail" ? [`${metric.name}: ${metric.reason} (n = ${metric.n})`] : []),
          ...metric.cells
            .filter((c) => c.verdict === "fail")
            .map((c) => `${metric.name} [${c.dimension} = ${c.value}]: ${c.reason} (n = ${c.n})`),
        ];
        for (const message of failed) {
          own.push({ kind: "threshold", spec: spec.id, model: m.model, metric: metric.name, message, ...at });
        }
      }
      for (const p of m.probes ?? []) {
        if (p.verdict === "pass") continue;
        own.push({
          kind: "probe",
          spec: spec.id,
          model: m.model,
          probe: p.name,
          message: probeLines(p).join("\n"),
          file: spec.file,
          line: p.line,
          column: p.column,
        });
      }
    }
  }
  for (const c of comparisons.filter((x) => x.regressed)) {
    const spec = specs.find((s) => s.id === c.specId);
    failures.push({
      kind: "regression",
      spec: c.specId,
      model: c.model,
      metric: c.metric,
      message: `regressed against ${c.baseline}: ${describeComparison(c)}`,
      file: spec?.file ?? "",
      line: c.at.line,
      column: c.at.col,
    });
  }
  for (const f of comparisonFailures) {
    // A suite that could not evaluate is already a failure of its own.
    if (failures.some((x) => x.kind === "error" && x.spec === f.specId && x.model === f.model)) continue;
    const spec = specs.find((s) => s.id === f.specId);
    const at = masked.find((r) => r.specId === f.specId && r.model === f.model)?.compare?.at;
    failures.push({
      kind: "error",
      spec: f.specId,
      model: f.model,
      message: `cannot compare with the baseline: ${f.message}`,
      file: spec?.file ?? "",
      line: at?.line ?? 1,
      column: at?.col ?? 1,
    });
  }

  return {
    version: SCORECARD_VERSION,
    generator: { name: "trustspec", version: options.version },
    created: options.created,
    sources: options.sources ?? 1,
    alpha,
    models,
    specs,
    comparisons,
    ...(identical ? { identical } : {}),
    verticals: verticalScores(specs, models),
    gate: { pass: failures.length === 0, failures, ...(context.length > 0 ? { context } : {}) },
    results: masked,
    ...(baseline ? { baseline } : {}),
  };
}

function specModel(run: SuiteResult, role: TargetRole): ScorecardSpecModel {
  const probes = run.probes && run.probes.length > 0 ? { probes: run.probes.map(scorecardProbe) } : {};
  const head = { model: run.model, ...(role === "baseline" ? { role } : {}) };
  if (!run.outcome.ok) {
    return { ...head, cases: 0, skipped: 0, error: run.outcome.error, metrics: [], ...probes };
  }
  const { evaluation } = run.outcome;
  const confidence = run.settings.confidence;
  const metrics = evaluation.metrics.map((value): ScorecardMetric => {
    const definition = run.metrics.find((d) => d.name === value.name);
    const gated = definition?.gated === true;
    const verdict = (v: Pick<MetricValue, "estimate" | "corrected">) => {
      if (!gated || !definition) return { verdict: "none" as const };
      const gate = applyMetricGate(v, definition.rule, confidence);
      return { verdict: gate.pass ? ("pass" as const) : ("fail" as const), reason: gate.reason };
    };
    const judge = definition?.judgeError;
    return {
      name: value.name,
      value: value.estimate,
      ...(value.corrected && judge
        ? { corrected: { value: value.corrected, method: CORRECTION_METHOD, ...judge } }
        : {}),
      n: value.n,
      ...verdict(value),
      cells: value.cells.map((c) => ({
        ...c,
        ...(definition?.rule.each ? verdict(c) : { verdict: "none" as const }),
      })),
    };
  });
  return {
    ...head,
    cases: evaluation.cases,
    skipped: evaluation.skipped,
    ...outputRates(evaluation.records),
    ...noAnswerRate(evaluation.records),
    metrics,
    ...probes,
  };
}

/** A suite's probe as the scorecard shows it: its verdict, the outcome's figures and the full replay command. */
function scorecardProbe(p: SuiteProbe): ScorecardProbe {
  const base = { name: p.name, line: p.at.line, column: p.at.col, replay: p.replay };
  if (!p.ok) return { ...base, kind: "error", verdict: "error", error: p.error };
  const o = p.outcome;
  const run = {
    ...base,
    verdict: o.holds ? ("pass" as const) : ("fail" as const),
    property: o.property,
    seed: o.seed,
    plannedRuns: o.plannedRuns,
    runs: o.runs,
    measured: o.measured,
    rounds: o.rounds,
  };
  if (o.kind === "gap") return { ...run, kind: "gap", means: o.means, pair: o.pair, gap: o.gap, reason: o.reason };
  const c = o.counterexample;
  return {
    ...run,
    kind: "case",
    shrinks: o.shrinks,
    worst: o.worst,
    ...(c ? { counterexample: { ...c, replay: `${p.replay} --path ${shellWord(c.path)}` } } : {}),
    ...(o.replayed !== undefined ? { replayed: o.replayed } : {}),
  };
}

/**
 * Unparsed share of judged outputs and dropped share of all outputs, for generate specs; with a
 * classifier judge, the share of what it scored that it saw cut to fit.
 */
function outputRates(records: readonly CaseRecord[]): {
  unparsedRate?: number;
  droppedRate?: number;
  judgeTruncatedRate?: number;
} {
  const outputs = records.flatMap((r) => r.samples ?? []);
  if (outputs.length === 0) return {};
  const judged = outputs.filter((v) => v !== undefined);
  const classified = judged.flatMap((v) =>
    (v.kind === "score" || v.kind === "check") && v.truncated !== undefined ? [v.truncated] : [],
  );
  return {
    ...(judged.length > 0 ? { unparsedRate: judged.filter((v) => v.kind === "unparsed").length / judged.length } : {}),
    droppedRate: (outputs.length - judged.length) / outputs.length,
    ...(classified.length > 0
      ? { judgeTruncatedRate: classified.filter((cut) => cut).length / classified.length }
      : {}),
  };
}

/** Baselines first (the models others are compared with), then the rest, each in order of first appearance. */
function modelOrder(results: readonly SuiteResult[]): string[] {
  const all = [...new Set(results.map((r) => r.model))];
  const baselines = new Set(results.flatMap((r) => (r.compare ? [r.compare.baseline] : [])));
  return [...all.filter((m) => baselines.has(m)), ...all.filter((m) => !baselines.has(m))];
}

/** A headline metric, and how its value becomes a score where 1 is best. */
interface Headline {
  readonly metric: string;
  /** `direction` is the metric's in the spec (a general metric's rule may choose lower). */
  readonly score: (x: number, direction: Direction) => number;
}

/** The general metrics, last in every vertical and the custom vertical's own: as good as their direction says. */
const GENERAL_HEADLINES: readonly Headline[] = [
  { metric: "pass_rate", score: (x, direction) => (direction === "lower" ? 1 - x : x) },
  { metric: "mean_score", score: (x, direction) => (direction === "lower" ? 1 - x : x) },
];

/**
 * Each vertical's headline metrics, in priority order, as "higher is better" in [0, 1]: a spec
 * counts with the first of them it measures. The custom vertical has an axis of its own only when
 * one of its specs ran.
 */
export const HEADLINES: Readonly<Record<Vertical, readonly Headline[]>> = {
  toxicity: [
    { metric: "toxicity_probability", score: (x) => 1 - x },
    { metric: "expected_max_toxicity", score: (x) => 1 - x },
    ...GENERAL_HEADLINES,
  ],
  bias: [
    { metric: "agreeability_index", score: (x) => 1 - x },
    { metric: "p_agree", score: (x) => 1 - x },
    { metric: "stereotype_gap", score: (x) => 1 - 2 * x },
    ...GENERAL_HEADLINES,
  ],
  ethics: [{ metric: "fpr", score: (x) => 1 - x }, { metric: "accuracy", score: (x) => x }, ...GENERAL_HEADLINES],
  truthfulness: [
    { metric: "mc1", score: (x) => x },
    { metric: "accuracy", score: (x) => x },
    { metric: "mc2", score: (x) => x },
    ...GENERAL_HEADLINES,
  ],
  privacy: [{ metric: "leakage_rate", score: (x) => 1 - x }, ...GENERAL_HEADLINES],
  custom: GENERAL_HEADLINES,
};

/**
 * Each model's score per vertical. Scores shown side by side must come from the same specs: when the
 * models measured different specs of a vertical (a baseline runs only the specs that compare with it),
 * each model's score is taken over the specs every one of them measured, and the others are listed as
 * left out; when they share none, each keeps its own and is marked as not comparable.
 */
function verticalScores(specs: readonly ScorecardSpec[], models: readonly string[]): VerticalScore[] {
  const verticals = [...new Set(specs.map((s) => s.vertical))];
  return verticals.flatMap((vertical) => {
    const measured = models
      .map((model) => ({ model, from: headlines(specs, vertical, model) }))
      .filter((m) => m.from.length > 0);
    if (measured.length === 0) return [];
    const common = new Set(measured[0]?.from.map((f) => f.spec));
    for (const m of measured) {
      const mine = new Set(m.from.map((f) => f.spec));
      for (const spec of common) if (!mine.has(spec)) common.delete(spec);
    }
    const shared = common.size > 0;
    return measured.map(({ model, from }): VerticalScore => {
      const used = shared ? from.filter((f) => common.has(f.spec)) : from;
      const left = from.filter((f) => !used.includes(f));
      return {
        model,
        vertical,
        score: used.reduce((a, f) => a + f.score, 0) / used.length,
        from: used,
        ...(left.length > 0 ? { leftOut: left } : {}),
        ...(measured.length > 1 && !shared ? { comparable: false } : {}),
      };
    });
  });
}

/** A model's headline per spec of a vertical: the first headline metric each spec measured. */
function headlines(specs: readonly ScorecardSpec[], vertical: Vertical, model: string): VerticalScore["from"] {
  return specs
    .filter((s) => s.vertical === vertical)
    .flatMap((s) => {
      const metrics = s.models.find((m) => m.model === model)?.metrics ?? [];
      for (const h of HEADLINES[vertical]) {
        // Corrected for the judge's error, the spec's chosen figure (the one it gates on) is the corrected one.
        const found = metrics.find((m) => m.name === h.metric);
        const value = found?.corrected?.value.point ?? found?.value.point;
        const direction = s.metrics.find((m) => m.name === h.metric)?.direction ?? "none";
        if (value !== undefined && Number.isFinite(value))
          return [{ spec: s.id, metric: h.metric, score: h.score(value, direction) }];
      }
      return [];
    });
}

function bySpecThenModel(a: SuiteResult, b: SuiteResult): number {
  const key = (r: SuiteResult) => `${r.specId}\u0000${r.model}`;
  return key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;
}
