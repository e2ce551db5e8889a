/**
 * An independent, naive float64 forward pass for the models the project builds, written from the
 * Hugging Face model definitions (not from the ONNX graph builder) so tests can compare onnxruntime's
 * logits against it. Weights are read from the ONNX file's initializers under their Hugging Face
 * state-dict names and layouts; see reference/{gpt2,llama,bert}.ts for the exact names.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { bertModel } from "./reference/bert";
import { gpt2Model } from "./reference/gpt2";
import { llamaModel } from "./reference/llama";
import type { ReferenceModel } from "./reference/model";
import { findModelFile, Weights } from "./reference/weights";

export type { ReferenceModel } from "./reference/model";

/** Reads config.json and the float32 weights (ONNX initializers, by name) of a model directory. */
export function loadReferenceModel(dir: string): ReferenceModel {
  const config: unknown = JSON.parse(readFileSync(join(dir, "config.json"), "utf8"));
  if (!config || typeof config !== "object" || Array.isArray(config)) {
    throw new Error(`reference forward: ${join(dir, "config.json")} is not a JSON object`);
  }
  const cfg = config as Record<string, unknown>;
  const weights = new Weights(findModelFile(dir));
  switch (cfg.model_type) {
    case "gpt2":
      return gpt2Model(cfg, weights);
    case "llama":
      return llamaModel(cfg, weights);
    case "bert":
      return bertModel(cfg, weights);
    default:
      throw new Error(`reference forward: unsupported model_type ${JSON.stringify(cfg.model_type)}`);
  }
}
