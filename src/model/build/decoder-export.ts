import { encodeModel, Graph } from "./onnx-graph";

/**
 * Writes a decoder architecture in each of the layouts Hugging Face optimum produces, with
 * optimum's input and output names, so built models exercise exactly the loading paths real
 * exports take:
 * - "single": `model.onnx` with `past_key_values.*` inputs (empty on the first step);
 * - "no-cache": `model.onnx` without a cache (every step feeds the whole sequence);
 * - "split": `decoder_model.onnx` (first step) + `decoder_with_past_model.onnx` (cached steps);
 * - "merged": `decoder_model_merged.onnx`, whose `use_cache_branch` input selects the branch.
 */
export type ExportLayout = "single" | "no-cache" | "split" | "merged";
export const EXPORT_LAYOUTS: readonly ExportLayout[] = ["single", "no-cache", "split", "merged"];

export interface KeyValue<T = string> {
  readonly key: T;
  readonly value: T;
}

export interface DecoderInputs {
  readonly inputIds: string;
  readonly attentionMask: string;
  /** Only for architectures that take position ids. */
  readonly positionIds?: string;
  /** Per layer, the cached keys and values [B,Hkv,P,hd]; absent for a step without a cache. */
  readonly past?: readonly KeyValue[];
}

export interface DecoderOutputs {
  /** [B,S,vocab] */
  readonly logits: string;
  /** Per layer, the keys and values including this step [B,Hkv,T,hd]. */
  readonly present: readonly KeyValue[];
}

export interface DecoderArchitecture {
  readonly layers: number;
  readonly kvHeads: number;
  readonly headDim: number;
  /** Logits per position (config.json's vocab_size; may exceed the tokenizer's). */
  readonly vocabSize: number;
  readonly takesPositionIds: boolean;
  /** Registers the weights as initializers of `g` (the outermost graph). */
  addWeights(g: Graph): void;
  /** Emits one forward pass into `g`, reading weights by name (from `g` or an enclosing graph). */
  emit(g: Graph, inputs: DecoderInputs): DecoderOutputs;
}

const SEQ = ["batch_size", "sequence_length"];
const PAST = ["batch_size", "num_key_value_heads", "past_sequence_length", "head_dim"];
const PRESENT = ["batch_size", "num_key_value_heads", "total_sequence_length", "head_dim"];

function declareInputs(g: Graph, arch: DecoderArchitecture, withPast: boolean): DecoderInputs {
  const inputIds = g.input("input_ids", "int64", SEQ);
  const attentionMask = g.input("attention_mask", "int64", ["batch_size", "total_sequence_length"]);
  const positionIds = arch.takesPositionIds ? g.input("position_ids", "int64", SEQ) : undefined;
  const past = withPast
    ? Array.from({ length: arch.layers }, (_, i) => ({
        key: g.input(`past_key_values.${i}.key`, "float32", PAST),
        value: g.input(`past_key_values.${i}.value`, "float32", PAST),
      }))
    : undefined;
  return { inputIds, attentionMask, ...(positionIds ? { positionIds } : {}), ...(past ? { past } : {}) };
}

function declareOutputs(g: Graph, arch: DecoderArchitecture, out: DecoderOutputs, withCache: boolean): void {
  g.output("logits", "float32", ["batch_size", "sequence_length", arch.vocabSize], out.logits);
  if (!withCache) return;
  out.present.forEach((kv, i) => {
    g.output(`present.${i}.key`, "float32", PRESENT, kv.key);
    g.output(`present.${i}.value`, "float32", PRESENT, kv.value);
  });
}

/** One complete graph: inputs, weights, forward, outputs. */
function plainGraph(arch: DecoderArchitecture, past: boolean, cacheOutputs: boolean): Uint8Array {
  const g = new Graph("decoder");
  const inputs = declareInputs(g, arch, past);
  arch.addWeights(g);
  declareOutputs(g, arch, arch.emit(g, inputs), cacheOutputs);
  return encodeModel(g);
}

/** optimum's merged decoder: an `If` on use_cache_branch between a cached and an uncached forward. */
function mergedGraph(arch: DecoderArchitecture): Uint8Array {
  const g = new Graph("decoder_merged");
  const inputs = declareInputs(g, arch, true);
  const useCache = g.input("use_cache_branch", "bool", [1]);
  arch.addWeights(g);
  const branch = (name: string, cached: boolean) => {
    const sub = new Graph(name, `${name}_`);
    const { past, ...rest } = inputs;
    const out = arch.emit(sub, cached && past ? { ...rest, past } : rest);
    sub.output(`${name}_logits`, "float32", ["batch_size", "sequence_length", arch.vocabSize], out.logits);
    out.present.forEach((kv, i) => {
      sub.output(`${name}_present.${i}.key`, "float32", PRESENT, kv.key);
      sub.output(`${name}_present.${i}.value`, "float32", PRESENT, kv.value);
    });
    return sub;
  };
  const results = g.opN("If", [useCache], 1 + 2 * arch.layers, {
    then_branch: { graph: branch("with_past", true) },
    else_branch: { graph: branch("without_past", false) },
  });
  const [logits, ...flat] = results as [string, ...string[]];
  const present = Array.from({ length: arch.layers }, (_, i) => ({
    key: flat[2 * i] as string,
    value: flat[2 * i + 1] as string,
  }));
  declareOutputs(g, arch, { logits, present }, true);
  return encodeModel(g);
}

/** The ONNX files of one layout, by file name. */
export function exportDecoder(arch: DecoderArchitecture, layout: ExportLayout): Record<string, Uint8Array> {
  switch (layout) {
    case "single":
      return { "model.onnx": plainGraph(arch, true, true) };
    case "no-cache":
      return { "model.onnx": plainGraph(arch, false, false) };
    case "split":
      return {
        "decoder_model.onnx": plainGraph(arch, false, true),
        "decoder_with_past_model.onnx": plainGraph(arch, true, true),
      };
    case "merged":
      return { "decoder_model_merged.onnx": mergedGraph(arch) };
  }
}
