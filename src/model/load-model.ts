import type { Dtype } from "../spec/dtype";
import type { FileAccess } from "../spec/file-access";
import { type CausalLMOptions, loadCausalLM } from "./causal-lm";
import { type ClassifierOptions, loadClassifier } from "./classifier";
import type { ModelDriver, ModelKind } from "./driver";
import { readConfigJson } from "./json-file";
import { checkModelDir, findDecoderFiles } from "./model-files";
import { logitsRank } from "./onnx/classifier";

export type LoadModelOptions = CausalLMOptions & ClassifierOptions;

/** Encoder-only architectures: with an id2label, a sequence classifier (none of them generates text). */
const ENCODER_TYPES = new Set([
  "albert",
  "bert",
  "camembert",
  "convbert",
  "deberta",
  "deberta-v2",
  "distilbert",
  "electra",
  "ernie",
  "flaubert",
  "funnel",
  "longformer",
  "megatron-bert",
  "mobilebert",
  "modernbert",
  "mpnet",
  "nezha",
  "roberta",
  "roformer",
  "squeezebert",
  "xlm",
  "xlm-roberta",
  "xlm-roberta-xl",
]);

/**
 * The kind config.json states: `architectures` (…ForSequenceClassification, or …ForCausalLM /
 * …LMHeadModel), else an id2label on an encoder-only model_type. Undefined when it does not say
 * (every transformers config has an id2label, so on its own that proves nothing).
 */
export function kindFromConfig(config: Record<string, unknown>): ModelKind | undefined {
  const architectures = Array.isArray(config.architectures)
    ? config.architectures.filter((a): a is string => typeof a === "string")
    : [];
  if (architectures.some((a) => a.endsWith("ForSequenceClassification"))) return "classifier";
  if (architectures.some((a) => /(ForCausalLM|LMHeadModel)$/.test(a))) return "causal-lm";
  const modelType = typeof config.model_type === "string" ? config.model_type : "";
  if (ENCODER_TYPES.has(modelType) && config.id2label !== undefined) return "classifier";
  return undefined;
}

/**
 * Which kind of model a directory holds: as config.json says, or else from the ONNX file — a
 * merged or split export is a decoder, and a single model.onnx is a classifier when its logits are
 * [batch, labels] (rank 2) rather than [batch, seq, vocab]. That last check opens the file once more.
 */
export async function detectModelKind(dir: string, files: FileAccess, dtype?: Dtype): Promise<ModelKind> {
  checkModelDir(dir, files);
  const { config } = readConfigJson(dir, files);
  const stated = kindFromConfig(config);
  if (stated !== undefined) return stated;
  const onnx = findDecoderFiles(dir, files, dtype);
  if (onnx.kind !== "single") return "causal-lm";
  return (await logitsRank(onnx.model)) === 2 ? "classifier" : "causal-lm";
}

/** Opens a model directory of either kind: a causal LM (generate, score) or a sequence classifier (classify). */
export async function loadModel(dir: string, options: LoadModelOptions): Promise<ModelDriver> {
  const kind = await detectModelKind(dir, options.files, options.dtype);
  return kind === "classifier" ? loadClassifier(dir, options) : loadCausalLM(dir, options);
}
