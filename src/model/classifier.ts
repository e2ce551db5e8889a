import { join } from "node:path";
import type { Device } from "../spec/device";
import type { Dtype } from "../spec/dtype";
import type { FileAccess } from "../spec/file-access";
import { activationFor, readClassifierConfig } from "./classifier-config";
import { classify } from "./classify";
import type { ClassifierInfo, ClassifyTextRequest, ModelDriver } from "./driver";
import { readJsonObject } from "./json-file";
import { ModelError } from "./model-error";
import { checkModelDir, findClassifierFile } from "./model-files";
import { OnnxClassifier } from "./onnx/classifier";
import { checkOnnxFile } from "./onnx-scan";
import { loadTokenizer } from "./tokenizer";

export interface ClassifierOptions {
  readonly files: FileAccess;
  /** Inputs per forward batch (default 8). Results do not depend on it. */
  readonly batchSize?: number;
  readonly threads?: number;
  /** The GPU to run on (config `execution_provider: cuda`); absent: the CPU. */
  readonly device?: Device;
  /** Overrides the maximum input length in tokens (special tokens included). */
  readonly maxLength?: number;
  /** Which precision variant's file to load (`model_q4.onnx`…); default fp32, `model.onnx`. */
  readonly dtype?: Dtype;
}

/**
 * tokenizer_config.json's model_max_length, unless it is transformers' "no limit" placeholder
 * (int(1e30)) or otherwise not a usable length.
 */
function tokenizerMaxLength(config: Record<string, unknown>): number | undefined {
  const v = config.model_max_length;
  return typeof v === "number" && Number.isInteger(v) && v > 0 && v <= 1_000_000 ? v : undefined;
}

/**
 * Loads an optimum sequence-classification export (`--task text-classification`) as a ModelDriver
 * that classifies. Labels come from config.json's id2label in id order; without id2label they are
 * LABEL_0, LABEL_1, … (transformers' own default names) and `info.labelSource` says "default".
 * Inputs longer than the model takes — the smaller of max_position_embeddings and the tokenizer's
 * model_max_length — are truncated, keeping the special tokens, and flagged `truncated`.
 */
export async function loadClassifier(dir: string, options: ClassifierOptions): Promise<ModelDriver> {
  const { files } = options;
  checkModelDir(dir, files);
  const config = readClassifierConfig(dir, files);
  const tokenizer = loadTokenizer(dir, files, { bosTokenId: undefined, eosTokenIds: [] });
  const tokenizerConfig = readJsonObject(files, join(dir, "tokenizer_config.json"), "TOKENIZER_INVALID") ?? {};
  if (config.vocabSize !== undefined && tokenizer.vocabSize > config.vocabSize) {
    throw new ModelError(
      "TOKENIZER_INVALID",
      `the tokenizer has ${tokenizer.vocabSize} tokens but the model embeds only ${config.vocabSize} (config.json vocab_size)`,
      join(dir, "tokenizer.json"),
      "the tokenizer does not belong to this model: export both from the same checkpoint",
    );
  }
  const file = findClassifierFile(dir, files, options.dtype);
  const checked = checkOnnxFile(file);
  const model = await OnnxClassifier.load(file, {
    ...(options.threads !== undefined ? { threads: options.threads } : {}),
    ...(options.device !== undefined ? { device: options.device } : {}),
  });
  try {
    const labels = config.labels ?? defaultLabels(model.width ?? config.numLabels, config.path);
    if (model.width !== undefined && model.width !== labels.length) {
      throw new ModelError(
        "MODEL_CONFIG_INVALID",
        `${model.path} gives ${model.width} logits per input but config.json names ${labels.length} labels (id2label)`,
        config.path,
        "use the config.json that was exported with this model, or make id2label list one label per logit",
      );
    }
    const limits = [config.maxPositions, tokenizerMaxLength(tokenizerConfig)].filter(
      (n): n is number => n !== undefined,
    );
    const maxLength = options.maxLength ?? (limits.length > 0 ? Math.min(...limits) : undefined);
    const activation = activationFor(config.problemType, labels.length);
    const info: ClassifierInfo = {
      kind: "classifier",
      dir,
      modelType: config.modelType,
      layers: config.layers,
      vocabSize: tokenizer.vocabSize,
      maxPositions: config.maxPositions,
      hasCache: false,
      takesPositionIds: false,
      labels,
      labelSource: config.labels === undefined ? "default" : "id2label",
      activation,
      maxLength,
      takesTokenTypeIds: model.takesTokenTypeIds,
    };
    const wrongKind = async (): Promise<never> => {
      throw new ModelError(
        "MODEL_WRONG_KIND",
        `${dir} is a text classifier (${config.modelType}; labels ${labels.join(", ")}): it classifies text but cannot generate or score it`,
        dir,
        "use trustspec classify with this model; to generate or score, give a causal-LM export (optimum-cli export onnx --task text-generation-with-past)",
      );
    };
    // As for a causal LM (causal-lm.ts): a dynamically quantized file runs one input at a time.
    const batchSize = checked.quantizesDynamically ? 1 : (options.batchSize ?? 8);
    const padId = config.padTokenId ?? 0;
    return {
      info,
      generate: wrongKind,
      score: wrongKind,
      classify: async (requests: readonly ClassifyTextRequest[]) =>
        classify(
          model,
          requests.map((r) => tokenizer.encodeForClassifier(r.text, r.textPair, maxLength)),
          { batchSize, labels, activation, padId, labelsFile: config.path },
        ),
      close: () => model.release(),
    };
  } catch (e) {
    await model.release();
    throw e;
  }
}

function defaultLabels(count: number | undefined, path: string): string[] {
  if (count === undefined || count < 1) {
    throw new ModelError(
      "MODEL_CONFIG_INVALID",
      "config.json has no id2label (nor num_labels), and the model does not declare how many logits it gives",
      path,
      'add id2label to config.json, e.g. "id2label": {"0": "not_toxic", "1": "toxic"}',
    );
  }
  return Array.from({ length: count }, (_, i) => `LABEL_${i}`);
}
