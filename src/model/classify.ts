import { ModelError } from "./model-error";

/** How a classifier's logits become scores, after Hugging Face's `problem_type`. */
export type ScoreActivation = "softmax" | "sigmoid" | "none";

/** One label's score. */
export interface LabelScore {
  readonly label: string;
  readonly score: number;
}

export interface ClassifyResult {
  /** Every label with its score, in id order: probabilities summing to 1 under softmax, independent under sigmoid. */
  readonly labels: readonly LabelScore[];
  /** The raw logits, in id order. */
  readonly logits: readonly number[];
  /** The label with the highest score (the lowest id on a tie). */
  readonly top: string;
  /** How the scores were made from the logits (from config.json's problem_type). */
  readonly activation: ScoreActivation;
  /** Tokens fed to the model, special tokens included (after truncation). */
  readonly tokens: number;
  /** Whether the input was longer than the model takes and was cut to fit. */
  readonly truncated: boolean;
}

/** A tokenised input: ids with their special tokens, and type ids (0 for the first text, 1 for a pair's second). */
export interface ClassifierInput {
  readonly ids: readonly number[];
  readonly typeIds: readonly number[];
  readonly truncated: boolean;
}

/** One forward pass of a sequence classifier, independent of the runtime (implemented by onnx/classifier.ts). */
export interface ClassifierBatch {
  /** [batch][seq] token ids, right-padded to one length. */
  readonly inputIds: readonly (readonly number[])[];
  /** [batch][seq]: 1 for real tokens, 0 for padding. */
  readonly attentionMask: readonly (readonly number[])[];
  /** [batch][seq]: 0 for padding. */
  readonly tokenTypeIds: readonly (readonly number[])[];
}

export interface ClassifierOutput {
  /** [batch, width] logits, row-major. */
  readonly logits: Float32Array;
  readonly width: number;
}

export interface SequenceClassifier {
  /** Without an attention mask, padding would change results: such a model is batched by equal length only. */
  readonly takesAttentionMask: boolean;
  forward(batch: ClassifierBatch): Promise<ClassifierOutput>;
}

export interface ClassifyOptions {
  /** Inputs per forward pass; results do not depend on it. */
  readonly batchSize: number;
  /** Label names in id order; the logits must be exactly this wide. */
  readonly labels: readonly string[];
  readonly activation: ScoreActivation;
  readonly padId: number;
  /** The file that names the labels (config.json), for the error when the logits disagree with it. */
  readonly labelsFile: string;
}

/**
 * Classifies tokenised inputs in batches. Inputs are sorted by length so each batch pads little,
 * padded on the right under the attention mask (a padded key gets no attention weight), and
 * returned in request order: every result is what the input gives alone, to float rounding.
 */
export async function classify(
  model: SequenceClassifier,
  inputs: readonly ClassifierInput[],
  options: ClassifyOptions,
): Promise<ClassifyResult[]> {
  const results: ClassifyResult[] = new Array(inputs.length);
  const order = inputs.map((_, i) => i).sort((a, b) => lengthOf(inputs, a) - lengthOf(inputs, b) || a - b);
  for (const rows of batches(order, inputs, options.batchSize, model.takesAttentionMask)) {
    // An input of no tokens still needs one (masked) position: a zero-length sequence cannot run.
    const width = Math.max(1, ...rows.map((i) => lengthOf(inputs, i)));
    const pad = (values: readonly number[], fill: number) => [
      ...values,
      ...new Array<number>(width - values.length).fill(fill),
    ];
    const batch = rows.map((i) => inputs[i] as ClassifierInput);
    const out = await model.forward({
      inputIds: batch.map((b) => pad(b.ids, options.padId)),
      attentionMask: batch.map((b) =>
        pad(
          b.ids.map(() => 1),
          0,
        ),
      ),
      tokenTypeIds: batch.map((b) => pad(b.typeIds, 0)),
    });
    if (out.width !== options.labels.length) {
      throw new ModelError(
        "MODEL_CONFIG_INVALID",
        `the model gives ${out.width} logits per input but ${options.labelsFile} names ${options.labels.length} labels (id2label)`,
        options.labelsFile,
        "use the config.json that was exported with this model, or make id2label list one label per logit",
      );
    }
    rows.forEach((index, row) => {
      const logits = Array.from(out.logits.subarray(row * out.width, (row + 1) * out.width));
      const input = inputs[index] as ClassifierInput;
      results[index] = toResult(logits, options, input);
    });
  }
  return results;
}

function lengthOf(inputs: readonly ClassifierInput[], i: number): number {
  return (inputs[i] as ClassifierInput).ids.length;
}

/** Consecutive runs of `order` of at most `size`; without a mask, a run also ends where the length changes. */
function batches(
  order: readonly number[],
  inputs: readonly ClassifierInput[],
  size: number,
  canPad: boolean,
): number[][] {
  const out: number[][] = [];
  let current: number[] = [];
  for (const i of order) {
    const first = current[0];
    const lengthChanges = first !== undefined && lengthOf(inputs, first) !== lengthOf(inputs, i);
    if (current.length >= size || (!canPad && lengthChanges)) {
      out.push(current);
      current = [];
    }
    current.push(i);
  }
  if (current.length > 0) out.push(current);
  return out;
}

function toResult(logits: readonly number[], options: ClassifyOptions, input: ClassifierInput): ClassifyResult {
  const scores = activate(logits, options.activation);
  const best = scores.reduce((b, s, i) => (s > (scores[b] as number) ? i : b), 0);
  return {
    labels: scores.map((score, i) => ({ label: options.labels[i] as string, score })),
    logits,
    top: options.labels[best] as string,
    activation: options.activation,
    tokens: input.ids.length,
    truncated: input.truncated,
  };
}

/** Scores from logits: softmax over the labels, an independent sigmoid per label, or the logits as they are. */
export function activate(logits: readonly number[], activation: ScoreActivation): number[] {
  switch (activation) {
    case "softmax": {
      const max = Math.max(...logits);
      const exps = logits.map((l) => Math.exp(l - max));
      const sum = exps.reduce((a, b) => a + b, 0);
      return exps.map((e) => e / sum);
    }
    case "sigmoid":
      return logits.map((l) => 1 / (1 + Math.exp(-l)));
    case "none":
      return [...logits];
  }
}
