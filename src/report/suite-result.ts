import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Plan, PlanGate, PlanPosition } from "../compile/plan";
import type { Estimate } from "../metrics/estimate";
import type { Evaluation } from "../metrics/evaluate";
import { type ProbeOutcome, reviveProbeOutcome } from "../probe/probe-outcome";
import type { Dtype } from "../spec/dtype";
import type { Direction, Vertical } from "../spec/metric-catalog";
import type { JudgeMeasured } from "../spec/schema-types.generated";
import { maskSuiteResult } from "./mask";

/**
 * What one suite (a spec on one model) leaves for the scorecard: the spec's metric definitions and the
 * settings that produced the numbers, with the evaluation itself — metric values, intervals and the
 * per-case records. Everything the scorecard shows, gates and compares is derived from these alone,
 * so the scorecards of sharded runs merge exactly. Records hold verdicts and scores, never model text.
 */
export interface SuiteResult {
  readonly specId: string;
  /** Absolute path of the spec file. */
  readonly file: string;
  readonly vertical: Vertical;
  readonly description?: string;
  readonly model: string;
  /**
   * The content hash of the model's files (run/fingerprint), when it ran: a candidate whose files are
   * the baseline's own is not compared with it — the difference is zero by construction, not a test.
   */
  readonly fingerprint?: string;
  readonly settings: {
    readonly seed: number;
    readonly confidence: number;
    readonly bootstrapSamples: number;
    /** The config's defaults.max_regression, for comparisons with a baseline scorecard. */
    readonly maxRegression?: number;
    /** score.labels, naming the choices in order. */
    readonly labels?: readonly string[];
    /** A `messages:` spec: the chat template that wrote the model's input, and whether the system message was merged. */
    readonly chat?: SuiteChat;
    /** The precision variant the model ran, when not fp32 (`model_q4.onnx`…). */
    readonly dtype?: Dtype;
  };
  readonly metrics: readonly {
    readonly name: string;
    readonly direction: Direction;
    readonly rule: PlanGate;
    readonly gated: boolean;
    readonly at: PlanPosition;
    /** judge_error: correct: the judge's measured error the metric is corrected for. */
    readonly judgeError?: JudgeMeasured;
  }[];
  readonly compare?: { readonly baseline: string; readonly maxRegression: number; readonly at: PlanPosition };
  /** Fields whose values are secrets (privacy): a group_by cell on one is masked. */
  readonly redact: readonly string[];
  /** What each probe found on this model (probe specs), with its declaration and replay command. */
  readonly probes?: readonly SuiteProbe[];
  /** The evaluation, or why the suite could not evaluate (a model that failed to load, a judge error). */
  readonly outcome:
    | { readonly ok: true; readonly evaluation: Evaluation }
    | { readonly ok: false; readonly error: string };
}

/** One probe's result in a suite: where it is declared, and its outcome or why it has none. */
export type SuiteProbe = {
  readonly name: string;
  readonly at: PlanPosition;
  /** The command that replays a counterexample, without its path (`--path P` completes it). */
  readonly replay: string;
} & ({ readonly ok: true; readonly outcome: ProbeOutcome } | { readonly ok: false; readonly error: string });

/** The suite result of a plan on one model. */
/** How a conversation reached the model: the template's file (absolute), and `system: merge`. */
export interface SuiteChat {
  readonly template: string;
  readonly systemMerged?: true;
}

/** What a suite knows of the model beyond its name: its probes' outcomes, fingerprint, chat template and dtype. */
export interface SuiteModel {
  readonly probes?: readonly SuiteProbe[];
  readonly fingerprint?: string | undefined;
  readonly chat?: SuiteChat | undefined;
  readonly dtype?: Dtype | undefined;
}

export function suiteResult(
  plan: Plan,
  model: string,
  outcome: SuiteResult["outcome"],
  { probes, fingerprint, chat, dtype }: SuiteModel = {},
): SuiteResult {
  const labels = plan.query?.kind === "score" ? plan.query.labels : undefined;
  return {
    specId: plan.specId,
    file: plan.file,
    vertical: plan.vertical,
    ...(plan.description !== undefined ? { description: plan.description } : {}),
    model,
    ...(fingerprint !== undefined ? { fingerprint } : {}),
    settings: {
      seed: plan.seed,
      confidence: plan.confidence,
      bootstrapSamples: plan.bootstrapSamples,
      maxRegression: plan.maxRegression,
      ...(labels ? { labels } : {}),
      ...(chat ? { chat } : {}),
      ...(dtype !== undefined && dtype !== "fp32" ? { dtype } : {}),
    },
    metrics: plan.metrics.map(({ name, direction, rule, gated, at, judgeError }) => ({
      name,
      direction,
      rule,
      gated,
      at,
      ...(judgeError ? { judgeError } : {}),
    })),
    ...(plan.compare ? { compare: plan.compare } : {}),
    redact: plan.redact,
    ...(probes && probes.length > 0 ? { probes } : {}),
    outcome,
  };
}

const SUITES = "suites";

/** Writes a suite's result for the scorecard, the group_by values of redacted fields masked. */
export function writeSuiteResult(runDir: string, unmasked: SuiteResult): void {
  const result = maskSuiteResult(unmasked);
  const dir = join(runDir, SUITES);
  mkdirSync(dir, { recursive: true });
  const name = `${result.specId}__${result.model}`.replace(/[^A-Za-z0-9._-]+/g, "_");
  writeFileSync(join(dir, `${name}.json`), `${JSON.stringify(result, null, 2)}\n`);
}

/** Every suite result of a run, in a stable order (spec id, then model). */
export function readSuiteResults(runDir: string): SuiteResult[] {
  const dir = join(runDir, SUITES);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .map((f) => reviveSuiteResult(JSON.parse(readFileSync(join(dir, f), "utf8")) as SuiteResult))
    .sort((a, b) => (a.specId === b.specId ? compareText(a.model, b.model) : compareText(a.specId, b.specId)));
}

/**
 * A suite result as JSON gives it back: JSON has no NaN (an undefined metric's estimate became null)
 * and no undefined in arrays (a dropped output became null); both are restored.
 */
export function reviveSuiteResult(given: SuiteResult): SuiteResult {
  const result = reviveSuiteProbes(given);
  if (!result.outcome.ok) return result;
  const { evaluation } = result.outcome;
  const number = (x: number | null) => (x === null ? Number.NaN : x);
  const estimate = (e: Estimate) => ({ point: number(e.point), lower: number(e.lower), upper: number(e.upper) });
  return {
    ...result,
    outcome: {
      ok: true,
      evaluation: {
        ...evaluation,
        metrics: evaluation.metrics.map((m) => ({
          ...m,
          estimate: estimate(m.estimate),
          cells: m.cells.map((c) => ({ ...c, estimate: estimate(c.estimate) })),
        })),
        records: evaluation.records.map((r) =>
          r.samples ? { ...r, samples: r.samples.map((v) => (v === null ? undefined : v)) } : r,
        ),
      },
    },
  };
}

/** A suite result's probe outcomes with NaN restored (JSON wrote it as null). */
export function reviveSuiteProbes(result: SuiteResult): SuiteResult {
  if (!result.probes) return result;
  return { ...result, probes: result.probes.map((p) => (p.ok ? { ...p, outcome: reviveProbeOutcome(p.outcome) } : p)) };
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
