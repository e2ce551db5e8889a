import type { PlanMessage } from "../compile/plan";
import type { JudgeVerdict } from "../judges/verdict";

/**
 * What a model was given and what it wrote for one case of a spec, as a run keeps it: one line of
 * `items/<spec>__<model>.jsonl` in the run directory (docs/running.md, "What the model wrote"), read
 * by `trustspec show` and the reports. Every text is masked for the spec's `redact` fields, whole and
 * in part, before it is written.
 */
export const ITEMS_VERSION = 1 as const;

export interface ItemRecord {
  readonly version: typeof ITEMS_VERSION;
  readonly spec: string;
  readonly model: string;
  /** The case id: the item id, and `name=label` per condition ("17|system=benign"). */
  readonly case: string;
  readonly item: string;
  /** Condition name → label, when the spec has conditions. */
  readonly conditions?: Readonly<Record<string, string>>;
  /** The case's cell in each group_by dimension, masked as the scorecard masks it. */
  readonly groups?: Readonly<Record<string, string>>;
  /** The rendered prompt (generate) or context (score); absent for a conversation. */
  readonly prompt?: string;
  /** A `messages:` spec's conversation, as rendered (each model's template writes it at run time). */
  readonly messages?: readonly PlanMessage[];
  /** The item's expected label, when the spec declares one. */
  readonly expected?: string;
  /** Set when the input did not fit the model: counted, never truncated, never run. */
  readonly skipped?: { readonly needed: number; readonly limit: number };
  /** Generate specs: every sample, in order. */
  readonly outputs?: readonly ItemOutput[];
  /** Score specs: every choice, in order. */
  readonly choices?: readonly ItemChoice[];
  /** The gated metrics this case counts against (metrics/failing.ts); empty when none. */
  readonly failing: readonly string[];
}

export interface ItemOutput {
  /** The text as generated. */
  readonly text: string;
  /** After the spec's post-processing; null when it dropped the output (then it has no verdict). */
  readonly kept: string | null;
  /** Why generation stopped: the end-of-text token, a stop string or token, or max_tokens. */
  readonly finish: "eos" | "stop" | "length";
  /** The judge's verdict on `kept`, as the metrics read it (judges/verdict.ts). */
  readonly verdict: JudgeVerdict | null;
  /** The gated metrics this output counts against. */
  readonly failing: readonly string[];
}

export interface ItemChoice {
  /** The continuation scored, its delimiter included. */
  readonly text: string;
  /** Its name in `score.labels`, when the spec gives labels. */
  readonly label?: string;
  /** Summed log-likelihood of the continuation's tokens. */
  readonly logprob: number;
  readonly tokens: number;
  /** The choice with the highest log-likelihood (the first of equals), as mc1 picks. */
  readonly picked: boolean;
  /** Whether the spec marks it correct (only when the spec says which are correct). */
  readonly correct?: boolean;
}

/** One suite's items: a spec on one model. */
export interface SuiteItems {
  readonly spec: string;
  readonly model: string;
  readonly items: readonly ItemRecord[];
}
