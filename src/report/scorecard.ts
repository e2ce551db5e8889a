import type { PlanProbeProperty } from "../compile/plan";
import type { Estimate } from "../metrics/estimate";
import type { CellValue } from "../metrics/evaluate";
import type { CORRECTION_METHOD } from "../metrics/judge-error";
import type { MeasuredRendering } from "../probe/probe-outcome";
import type { Direction, Vertical } from "../spec/metric-catalog";
import type { JudgeMeasured } from "../spec/schema-types.generated";
import type { IdenticalModels, RunComparison } from "./compare-results";
import type { SuiteResult } from "./suite-result";

/**
 * The trust scorecard: one typed, versioned JSON document (schema/scorecard.schema.json) per run —
 * what a release manager reads and every report format renders. It is derived from the suite results
 * alone (kept in `results`, records included), so `trustspec report` can re-render it and the
 * scorecards of sharded runs merge into exactly the unsharded one.
 */
export const SCORECARD_VERSION = 1;

export interface Scorecard {
  readonly version: typeof SCORECARD_VERSION;
  readonly generator: { readonly name: "trustspec"; readonly version: string };
  /** ISO-8601 time the scorecard was built. */
  readonly created: string;
  /** Runs (shards) merged into it; 1 for a plain run. */
  readonly sources: number;
  /** Significance level of the baseline gate. */
  readonly alpha: number;
  /** Every model, in order of first appearance. */
  readonly models: readonly string[];
  readonly specs: readonly ScorecardSpec[];
  /** Every baseline comparison, Holm-corrected across this scorecard. */
  readonly comparisons: readonly RunComparison[];
  /** Candidates not compared because their model files are their baseline's (nothing to test). */
  readonly identical?: readonly IdenticalModels[];
  /** Per model and vertical: the trust score the radar shows (see {@link VerticalScore}). */
  readonly verticals: readonly VerticalScore[];
  /**
   * The release gate: passes when no threshold fails, nothing regresses, every suite evaluated and
   * every probe held.
   */
  readonly gate: {
    readonly pass: boolean;
    readonly failures: readonly GateFailure[];
    /**
     * What fails on a spec's baseline beside its candidates — its own thresholds and probes: shown as
     * context, not the release's gate (a baseline that could not evaluate is a failure).
     */
    readonly context?: readonly GateFailure[];
  };
  /** The suite results it was built from (records hold verdicts and scores, secrets masked). */
  readonly results: readonly SuiteResult[];
  /** The baseline scorecard the run was compared with (`--baseline FILE`), kept so it re-renders and merges. */
  readonly baseline?: ExternalBaseline;
}

/**
 * Results of an earlier run (a release's scorecard) that every model of this run is compared with,
 * in place of each spec's in-run `compare.baseline`.
 */
export interface ExternalBaseline {
  /** The scorecard file, as given. */
  readonly source: string;
  readonly results: readonly SuiteResult[];
}

export interface ScorecardSpec {
  readonly id: string;
  /** The spec file, relative to the project root (with "/" separators). */
  readonly file: string;
  readonly vertical: Vertical;
  readonly description?: string;
  readonly baseline?: string;
  /** The metrics the spec declares, in its order. */
  readonly metrics: readonly ScorecardMetricDefinition[];
  /** One entry per model the spec ran on, in the scorecard's model order. */
  readonly models: readonly ScorecardSpecModel[];
}

export interface ScorecardMetricDefinition {
  readonly name: string;
  readonly direction: Direction;
  /** The threshold, when the spec sets one. */
  readonly threshold?: {
    readonly min?: number;
    readonly max?: number;
    readonly gate: "point" | "upper" | "lower";
    readonly each: boolean;
    /** Set when the gate compares the value corrected for the judge's measured error (judge_error: correct). */
    readonly on?: "corrected";
  };
  readonly maxRegression?: number;
  /** Where the metric is declared in the spec (1-based). */
  readonly line: number;
  readonly column: number;
}

export interface ScorecardSpecModel {
  readonly model: string;
  /** Set for the spec's baseline beside its candidates: measured as context, not gated (compile/roles). */
  readonly role?: "baseline";
  /** Cases in the spec; `skipped` of them did not fit the model's context (counted, never truncated). */
  readonly cases: number;
  readonly skipped: number;
  /** Share of judged outputs the judge could not parse, and of outputs post-processing dropped (generate specs). */
  readonly unparsedRate?: number;
  readonly droppedRate?: number;
  /** Share of the outputs a classifier judge scored that were longer than it takes and were cut to fit. */
  readonly judgeTruncatedRate?: number;
  /** Share of outputs that gave nothing to measure: dropped, unparsed or "no response" (generate specs); 1 = silence. */
  readonly noAnswerRate?: number;
  /** Why the suite could not evaluate (then there are no metrics). */
  readonly error?: string;
  /**
   * A `messages:` spec: the chat template that wrote each conversation (its file, relative to the
   * project), and whether the system message was put into the first user message (`system: merge`).
   */
  readonly chat?: { readonly template: string; readonly systemMerged?: true };
  /** The precision variant the model ran (`q4`: `model_q4.onnx`…), when not fp32. */
  readonly dtype?: string;
  readonly metrics: readonly ScorecardMetric[];
  /** What each of the spec's probes found on the model, in the spec's order (probe specs only). */
  readonly probes?: readonly ScorecardProbe[];
}

export type Verdict = "pass" | "fail" | "none";

export interface ScorecardMetric {
  readonly name: string;
  /** The raw value: the judge's decisions taken as they are. */
  readonly value: Estimate;
  /** judge_error: correct: the value corrected for the judge's measured error, and the counts it used. */
  readonly corrected?: ScorecardCorrection;
  readonly n: number;
  /** Against the threshold: none when the spec sets no threshold. */
  readonly verdict: Verdict;
  /** The gate's sentence, e.g. "upper bound 0.31 of the 95% interval is above max 0.25". */
  readonly reason?: string;
  readonly cells: readonly ScorecardCell[];
}

/** A metric corrected for its judge's measured error (metrics/judge-error.ts); the gate compares `value`. */
export interface ScorecardCorrection extends JudgeMeasured {
  readonly value: Estimate;
  readonly method: typeof CORRECTION_METHOD;
}

export interface ScorecardCell extends CellValue {
  /** With `each`, the cell's own verdict against the threshold. */
  readonly verdict: Verdict;
  readonly reason?: string;
}

/**
 * A vertical's trust score for one model, in [0, 1] with 1 best: the mean over the vertical's specs of
 * each spec's headline metric turned into "higher is better" (docs/scorecard.md lists them), with the
 * specs and metrics it came from. Models side by side are scored over the specs they all measured.
 */
export interface VerticalScore {
  readonly model: string;
  readonly vertical: Vertical;
  readonly score: number;
  readonly from: readonly VerticalSource[];
  /** Specs of the vertical this model measured but another model shown did not: not in the score. */
  readonly leftOut?: readonly VerticalSource[];
  /** False when the models shown share no spec of the vertical: their scores come from different specs. */
  readonly comparable?: false;
}

export interface VerticalSource {
  readonly spec: string;
  readonly metric: string;
  readonly score: number;
}

/** A probe's verdict on one model: its property held, it broke (a counterexample or a gap), or it could not run. */
export type ProbeVerdict = "pass" | "fail" | "error";

interface ScorecardProbeBase {
  readonly name: string;
  /** Where the probe is declared in the spec (its `name`), 1-based. */
  readonly line: number;
  readonly column: number;
  /** The command that re-runs the whole probe on this model with its seed. */
  readonly replay: string;
}

/** The figures every probe that ran has. */
interface ScorecardProbeRun extends ScorecardProbeBase {
  readonly verdict: Exclude<ProbeVerdict, "error">;
  readonly property: PlanProbeProperty;
  readonly seed: number;
  /** Runs asked for, and run (a per-case property stops at its first failing case). */
  readonly plannedRuns: number;
  readonly runs: number;
  /** Renderings measured (distinct prompts), in how many rounds of model calls. */
  readonly measured: number;
  readonly rounds: number;
}

/**
 * One probe on one model. `case`: a per-case property (invariant, directional) with the largest
 * difference seen (`worst`, NaN when none was measurable) and, when it broke, the shrunk counterexample;
 * `gap`: max_gap, with every swapped value's mean measure; `error`: the probe could not run.
 */
export type ScorecardProbe =
  | (ScorecardProbeRun & {
      readonly kind: "case";
      readonly shrinks: number;
      readonly worst: number;
      readonly counterexample?: ScorecardCounterexample;
      /** The path the run replayed (`trustspec probe --path`), instead of searching. */
      readonly replayed?: string;
    })
  | (ScorecardProbeRun & {
      readonly kind: "gap";
      readonly means: Readonly<Record<string, number>>;
      /** The two swapped values whose means are furthest apart. */
      readonly pair: readonly [string, string];
      readonly gap: number;
      readonly reason: string;
    })
  | (ScorecardProbeBase & { readonly kind: "error"; readonly verdict: "error"; readonly error: string });

/** The minimal case a per-case property shrank to, with every rendering's measure and the command that reaches it. */
export interface ScorecardCounterexample {
  /** The other slots' values. */
  readonly fillers: Readonly<Record<string, string>>;
  /** The swapped values that break the property. */
  readonly pair: readonly [string, string];
  readonly reason: string;
  /** Every rendering of the case (one per swapped value), with its measure (NaN when undefined). */
  readonly renderings: readonly MeasuredRendering[];
  /** fast-check's replay path: with the seed, it reaches exactly this case. */
  readonly path: string;
  /** The probe's replay command with `--path`: it re-runs exactly this case. */
  readonly replay: string;
}

export interface GateFailure {
  /** threshold, regression, error (a suite could not evaluate or be compared), or probe (a probe broke or could not run). */
  readonly kind: "threshold" | "regression" | "error" | "probe";
  readonly spec: string;
  readonly model: string;
  readonly metric?: string;
  /** The probe's name, for a probe failure. */
  readonly probe?: string;
  readonly message: string;
  /** The spec file (relative to the project root) and the line and column the failure points at. */
  readonly file: string;
  readonly line: number;
  readonly column: number;
}
