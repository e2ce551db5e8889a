import type { Direction, MetricMode, Vertical } from "../spec/metric-catalog";
import type { Judge, PostprocessStep, Probe } from "../spec/schema-types.generated";

/**
 * The data plan of one spec: everything needed to query the models and judge the answers, as plain
 * JSON. The runner reads it to schedule inference; the compiled Jest module embeds it to assert.
 * User text (prompts, choices, fields) only ever appears here as data, never as code.
 */
export const PLAN_VERSION = 1;

/** A model the spec runs on, resolved from the config. */
export interface PlanModel {
  readonly name: string;
  readonly dir: string;
  readonly threads?: number;
  /** Overrides the model's maximum positions. */
  readonly maxLength?: number;
}

/** A 1-based position in the spec file, for failure messages that point at the line. */
export interface PlanPosition {
  readonly line: number;
  readonly col: number;
}

export interface GenerateSettings {
  readonly samples: number;
  readonly maxTokens: number;
  readonly temperature: number;
  readonly topK: number;
  readonly topP: number;
  readonly stop: readonly string[];
  readonly stopTokenIds: readonly number[];
}

export type PlanQuery =
  | { readonly kind: "generate"; readonly settings: GenerateSettings }
  /** Choices are scored as continuations of the prompt; `labels` names them in order when given. */
  | { readonly kind: "score"; readonly labels?: readonly string[] };

/** One model input: an item under one combination of condition labels. */
export interface PlanCase {
  /** Stable across runs: the item id, plus `name=label` per condition ("17", "17|system=benign"). */
  readonly id: string;
  readonly itemId: string;
  /** Condition name → label. */
  readonly conditions: Readonly<Record<string, string>>;
  /** The item's fields (judges, expected labels and group_by read them). */
  readonly fields: Readonly<Record<string, unknown>>;
  /** The rendered prompt (generate) or shared context (score). */
  readonly prompt: string;
  /** Decoding seed of generate queries: from the spec seed, item id and conditions, never from order. */
  readonly seed?: number;
  /** Score queries: the continuations scored, delimiter included, in choice order. */
  readonly choices?: readonly string[];
  /** Score queries: the indices of the correct choices, when the spec says which are correct. */
  readonly correct?: readonly number[];
  /** The item's expected label, when the spec declares `expected`. */
  readonly expected?: string;
}

export interface PlanGate {
  readonly min?: number;
  readonly max?: number;
  readonly gate: "point" | "upper" | "lower";
  readonly each: boolean;
  readonly maxRegression?: number;
}

export interface PlanMetric {
  readonly name: string;
  readonly direction: Direction;
  readonly mode: MetricMode;
  readonly rule: PlanGate;
  /** Whether the metric has a threshold (a gated metric is one test). */
  readonly gated: boolean;
  /** Where the metric is declared in the spec. */
  readonly at: PlanPosition;
}

export interface Plan {
  readonly version: typeof PLAN_VERSION;
  readonly specId: string;
  /** Absolute path of the spec file. */
  readonly file: string;
  readonly vertical: Vertical;
  readonly description?: string;
  /** The models the spec runs on: config names resolved to directories (a `--model` override applies at run time). */
  readonly models: readonly PlanModel[];
  readonly seed: number;
  /** Undefined for a spec that only has probes. */
  readonly query: PlanQuery | undefined;
  readonly cases: readonly PlanCase[];
  readonly postprocess: readonly PostprocessStep[];
  /** The judge, resolved from the config when the spec names one; judge paths made absolute. */
  readonly judge: Judge | undefined;
  /** group_by entries: a name, or a pair for a cross table. */
  readonly groupBy: readonly (string | readonly [string, string])[];
  readonly metrics: readonly PlanMetric[];
  /** The baseline gate; `at` is where `compare:` is in the spec. */
  readonly compare:
    | { readonly baseline: string; readonly maxRegression: number; readonly at: PlanPosition }
    | undefined;
  readonly redact: readonly string[];
  /** Probes as written (their semantics belong to the probe runner). */
  readonly probes: readonly Probe[];
  /** Run settings from the config that change results. */
  readonly confidence: number;
  readonly bootstrapSamples: number;
  /** The config's defaults.max_regression (compare and metric rules override it). */
  readonly maxRegression: number;
}
