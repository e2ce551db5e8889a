import type { Device } from "../spec/device";
import type { Dtype } from "../spec/dtype";
import type { ModelChat } from "../spec/load-config";
import type { Direction, MetricMode, Vertical } from "../spec/metric-catalog";
import type { RemoteModel } from "../spec/remote-model";
import type { Judge, JudgeMeasured, PostprocessStep } from "../spec/schema-types.generated";

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
  /** The GPU it runs on (`execution_provider: cuda`); absent: the CPU. */
  readonly device?: Device;
  /** Overrides the model's maximum positions. */
  readonly maxLength?: number;
  /** How it takes a conversation (absent: its own template when it has one). */
  readonly chat?: ModelChat;
  /** A system message's text goes into the first user message (`system: merge`). */
  readonly mergeSystem?: true;
  /** Where the model is served, for a model behind an OpenAI-compatible server (then `dir` is its endpoint label). */
  readonly remote?: RemoteModel;
  /** The precision variant whose files it runs (`model_q4.onnx`…); absent: fp32, `model.onnx`. */
  readonly dtype?: Dtype;
}

/** One message of a case's conversation, its content rendered. */
export interface PlanMessage {
  readonly role: "system" | "user" | "assistant";
  readonly content: string;
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
  /**
   * The rendered prompt (generate) or shared context (score), as plain text; absent when the spec
   * gives `messages`, which each model renders with its own chat template at run time.
   */
  readonly prompt?: string;
  /** The rendered conversation (a `messages:` spec), system messages that rendered empty left out. */
  readonly messages?: readonly PlanMessage[];
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
  /**
   * `judge_error: correct`: the judge's measured error, to report the metric corrected for it beside
   * the raw value and gate on the corrected one (metrics/judge-error.ts).
   */
  readonly judgeError?: JudgeMeasured;
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
  /** Where `messages:` is in the spec, when the cases are conversations (for errors a model's template raises). */
  readonly messagesAt?: PlanPosition;
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
  /** The field naming each case's kind of secret (`redact.kind`), shown in masks. */
  readonly redactKind?: string;
  /** Property-based counterfactual probes, slot files read and judges resolved. */
  readonly probes: readonly PlanProbe[];
  /** Run settings from the config that change results. */
  readonly confidence: number;
  readonly bootstrapSamples: number;
  /** The config's defaults.max_regression (compare and metric rules override it). */
  readonly maxRegression: number;
}

/** Where a probe slot's values come from: a list (literal or read from a file), or a generator. */
export type PlanProbeSlot =
  | { readonly kind: "values"; readonly values: readonly string[] }
  | {
      readonly kind: "generator";
      readonly generator: "names" | "numbers" | "phrases";
      readonly min?: number;
      readonly max?: number;
    };

/** What a probe measures on each rendering of its template. */
export type PlanProbeMeasure =
  /** log P(a) − log P(b) as continuations of the rendering. */
  | { readonly kind: "logprob_diff"; readonly a: string; readonly b: string }
  /** P(agree) / (P(agree) + P(disagree)). */
  | { readonly kind: "p_agree"; readonly agree: string; readonly disagree: string }
  /** The mean over samples of a judge's number for a generated continuation (agreement: agree = 1). */
  | { readonly kind: "judge"; readonly judge: Judge; readonly settings: GenerateSettings };

/** What must hold across the renderings that differ only in the swapped slot. */
export type PlanProbeProperty =
  /** Per case: every two swapped values' measures differ by at most `tolerance`. */
  | { readonly kind: "invariant"; readonly tolerance: number }
  /** Per case: measure(higher) − measure(lower) > margin. */
  | { readonly kind: "directional"; readonly higher: string; readonly lower: string; readonly margin: number }
  /** Over the whole run: the largest gap between two swapped values' mean measures is at most `gap`. */
  | { readonly kind: "max_gap"; readonly gap: number };

export interface PlanProbe {
  readonly name: string;
  readonly template: string;
  /** The spec's partials, which the template may use. */
  readonly partials: Readonly<Record<string, string>>;
  /** Slot name → source, in the spec's order. */
  readonly slots: Readonly<Record<string, PlanProbeSlot>>;
  readonly swap: string;
  readonly measure: PlanProbeMeasure;
  readonly property: PlanProbeProperty;
  readonly runs: number;
  readonly seed: number;
  /** The models the probe runs on (names from the config); undefined: every model of the spec. */
  readonly models?: readonly string[];
  /** Where the probe is declared in the spec (its `name`). */
  readonly at: PlanPosition;
}
