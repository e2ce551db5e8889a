import type { ModelConfig } from "../model-config";
import { ModelError } from "../model-error";
import { type FloatType, isFloatType } from "./float-tensors";

/** The names a decoder export uses for its inputs and outputs, as found in its session. */
export interface DecoderIO {
  readonly hasAttentionMask: boolean;
  /** Llama-style exports take position_ids; GPT-2-style ones compute positions from the sequence. */
  readonly hasPositionIds: boolean;
  /** Merged exports switch between the first call and cached calls with a boolean input. */
  readonly hasUseCacheBranch: boolean;
  /** Per layer, the past key/value input names; empty for an export without a cache. */
  readonly past: readonly { readonly key: string; readonly value: string }[];
  /** Per layer, the present key/value output names (same length as `past`). */
  readonly present: readonly { readonly key: string; readonly value: string }[];
  /** The cache's element type: float16 in fp16 and q4f16 exports, where it is fed and kept as float16. */
  readonly pastType: FloatType;
}

const KNOWN_INPUTS = /^(input_ids|attention_mask|position_ids|use_cache_branch|past_key_values\.\d+\.(key|value))$/;

/**
 * Reads the I/O of a decoder session against the optimum naming. Unknown inputs are an error that
 * lists them, because feeding a model inputs it does not expect gives silently wrong results.
 * `typeOf` gives an input's element type as the session declares it.
 */
export function describeDecoderIO(
  inputs: readonly string[],
  outputs: readonly string[],
  typeOf: (input: string) => string | undefined,
  config: ModelConfig,
  file: string,
): DecoderIO {
  const unknown = inputs.filter((name) => !KNOWN_INPUTS.test(name));
  if (!inputs.includes("input_ids") || !outputs.includes("logits") || unknown.length > 0) {
    const what =
      unknown.length > 0
        ? `inputs trustspec does not know: ${unknown.join(", ")}`
        : `missing ${!inputs.includes("input_ids") ? "the input input_ids" : "the output logits"}`;
    throw new ModelError(
      "MODEL_INPUTS_UNKNOWN",
      `${file} is not a causal-LM decoder in the optimum layout (${what}; inputs: ${inputs.join(", ")})`,
      file,
      "export with optimum-cli export onnx --task text-generation-with-past (or text-generation for no cache)",
    );
  }
  const past = layerNames(inputs, "past_key_values");
  const present = layerNames(outputs, "present");
  if (past.length > 0 && (past.length !== config.layers || present.length !== past.length)) {
    throw new ModelError(
      "MODEL_INPUTS_UNKNOWN",
      `${file} has cache inputs for ${past.length} layers and outputs for ${present.length}, but config.json says ${config.layers} layers`,
      file,
      "use the config.json that was exported with this model",
    );
  }
  const types = new Set(past.flatMap(({ key, value }) => [typeOf(key) ?? "float32", typeOf(value) ?? "float32"]));
  const [pastType = "float32"] = types;
  if (types.size > 1 || !isFloatType(pastType)) {
    throw new ModelError(
      "MODEL_INPUTS_UNKNOWN",
      `${file} takes its cache (past_key_values.*) as ${[...types].join(" and ")}; trustspec feeds a float32 or float16 cache`,
      file,
      "use the model's fp32 (model.onnx) or fp16 export",
    );
  }
  return {
    hasAttentionMask: inputs.includes("attention_mask"),
    hasPositionIds: inputs.includes("position_ids"),
    hasUseCacheBranch: inputs.includes("use_cache_branch"),
    past,
    present: past.length > 0 ? present : [],
    pastType,
  };
}

function layerNames(names: readonly string[], prefix: string): { key: string; value: string }[] {
  const out: { key: string; value: string }[] = [];
  for (let i = 0; names.includes(`${prefix}.${i}.key`) && names.includes(`${prefix}.${i}.value`); i++) {
    out.push({ key: `${prefix}.${i}.key`, value: `${prefix}.${i}.value` });
  }
  return out;
}
