import type { FileAccess } from "../spec/file-access";
import type { ScoreActivation } from "./classify";
import { readConfigJson } from "./json-file";
import { ModelError } from "./model-error";

/** What a sequence classifier needs from config.json. */
export interface ClassifierConfig {
  readonly path: string;
  readonly modelType: string;
  readonly layers: number;
  readonly vocabSize: number | undefined;
  /** Label names in id order, or undefined when config.json has no id2label. */
  readonly labels: readonly string[] | undefined;
  /** num_labels when config.json states it (older configs, or ones without id2label). */
  readonly numLabels: number | undefined;
  /** problem_type; undefined lets the number of labels decide (softmax for several, none for one). */
  readonly problemType: string | undefined;
  /** Tokens the position embeddings cover (RoBERTa-style models reserve the first pad_token_id + 1). */
  readonly maxPositions: number | undefined;
  readonly padTokenId: number | undefined;
}

/** Models whose position ids start after the padding index, so two positions are not usable. */
const OFFSET_POSITIONS = new Set(["roberta", "xlm-roberta", "camembert", "longformer", "xlm-roberta-xl"]);

const PROBLEM_TYPES: Record<string, ScoreActivation> = {
  single_label_classification: "softmax",
  multi_label_classification: "sigmoid",
  regression: "none",
};

function num(config: Record<string, unknown>, ...names: string[]): number | undefined {
  for (const name of names) {
    const v = config[name];
    if (typeof v === "number" && Number.isInteger(v)) return v;
  }
  return undefined;
}

function invalid(path: string, message: string): ModelError {
  return new ModelError(
    "MODEL_CONFIG_INVALID",
    message,
    path,
    "use the config.json that the export wrote for this model",
  );
}

/** Reads a classifier's config.json; id2label keys must be the ids 0…n−1. */
export function readClassifierConfig(dir: string, files: FileAccess): ClassifierConfig {
  const { path, config } = readConfigJson(dir, files);
  const modelType = typeof config.model_type === "string" ? config.model_type : "unknown";
  const padTokenId = num(config, "pad_token_id");
  const positions = num(config, "max_position_embeddings", "n_positions");
  const offset = OFFSET_POSITIONS.has(modelType) ? (padTokenId ?? 1) + 1 : 0;
  const problemType = config.problem_type;
  if (problemType !== undefined && problemType !== null && !(String(problemType) in PROBLEM_TYPES)) {
    throw invalid(
      path,
      `config.json has problem_type ${JSON.stringify(problemType)}; trustspec knows ${Object.keys(PROBLEM_TYPES).join(", ")}`,
    );
  }
  return {
    path,
    modelType,
    layers: num(config, "num_hidden_layers", "n_layers", "num_layers") ?? 0,
    vocabSize: num(config, "vocab_size"),
    labels: readLabels(config.id2label, path),
    numLabels: num(config, "num_labels", "_num_labels"),
    problemType: typeof problemType === "string" ? problemType : undefined,
    maxPositions: positions === undefined ? undefined : positions - offset,
    padTokenId,
  };
}

function readLabels(id2label: unknown, path: string): string[] | undefined {
  if (id2label === undefined || id2label === null) return undefined;
  if (typeof id2label !== "object" || Array.isArray(id2label)) {
    throw invalid(path, 'config.json id2label must be an object of ids to label names, like {"0": "negative"}');
  }
  const entries = Object.entries(id2label as Record<string, unknown>);
  const labels: string[] = new Array(entries.length);
  for (const [key, label] of entries) {
    const id = Number(key);
    if (!Number.isInteger(id) || id < 0 || id >= entries.length || String(id) !== key || typeof label !== "string") {
      throw invalid(
        path,
        `config.json id2label must map the ids 0 to ${entries.length - 1} to label names; it has ${JSON.stringify(key)}: ${JSON.stringify(label)}`,
      );
    }
    labels[id] = label;
  }
  return labels;
}

/**
 * How the scores are computed, as transformers decides it: problem_type when set, otherwise
 * softmax for several labels and none (regression) for one.
 */
export function activationFor(problemType: string | undefined, labelCount: number): ScoreActivation {
  if (problemType !== undefined) return PROBLEM_TYPES[problemType] ?? "softmax";
  return labelCount > 1 ? "softmax" : "none";
}
