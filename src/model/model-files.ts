import { join } from "node:path";
import type { FileAccess } from "../spec/file-access";
import { ModelError } from "./model-error";

/**
 * Which ONNX files make up a decoder export. optimum writes one of: `model.onnx` (with or without
 * KV-cache inputs), a merged `decoder_model_merged.onnx` with a `use_cache_branch` input, or the
 * split pair `decoder_model.onnx` + `decoder_with_past_model.onnx`; at the root or under `onnx/`.
 * Whether a single model has cache inputs is read from its session, not from its name.
 */
export type DecoderFiles =
  | { readonly kind: "single"; readonly model: string }
  | { readonly kind: "merged"; readonly model: string }
  | { readonly kind: "split"; readonly decoder: string; readonly withPast: string };

export function findDecoderFiles(dir: string, files: FileAccess): DecoderFiles {
  checkModelDir(dir, files);
  for (const base of [dir, join(dir, "onnx")]) {
    const at = (name: string) => (files.exists(join(base, name)) ? join(base, name) : undefined);
    const merged = at("decoder_model_merged.onnx");
    if (merged) return { kind: "merged", model: merged };
    const single = at("model.onnx");
    if (single) return { kind: "single", model: single };
    const decoder = at("decoder_model.onnx");
    const withPast = at("decoder_with_past_model.onnx");
    if (decoder && withPast) return { kind: "split", decoder, withPast };
    if (decoder) return { kind: "single", model: decoder };
  }
  throw new ModelError(
    "MODEL_ONNX_MISSING",
    `no ONNX decoder in ${dir} (looked for model.onnx, decoder_model_merged.onnx and decoder_model.onnx, also under onnx/)`,
    join(dir, "model.onnx"),
    "export the model with: optimum-cli export onnx --task text-generation-with-past --model <model> <dir>",
  );
}

/** MODEL_DIR_NOT_FOUND unless `dir` is a directory. */
export function checkModelDir(dir: string, files: FileAccess): void {
  if (!files.isDirectory(dir)) {
    throw new ModelError(
      "MODEL_DIR_NOT_FOUND",
      `model directory not found: ${dir}`,
      dir,
      "check the model's path in trustspec.config.yaml (relative to the config file) or the --model argument",
    );
  }
}

/** The ONNX file of a sequence-classifier export: `model.onnx`, at the root or under `onnx/`. */
export function findClassifierFile(dir: string, files: FileAccess): string {
  checkModelDir(dir, files);
  for (const path of [join(dir, "model.onnx"), join(dir, "onnx", "model.onnx")]) {
    if (files.exists(path)) return path;
  }
  throw new ModelError(
    "MODEL_ONNX_MISSING",
    `no ONNX classifier in ${dir} (looked for model.onnx, also under onnx/)`,
    join(dir, "model.onnx"),
    "export the model with: optimum-cli export onnx --task text-classification --model <model> <dir>",
  );
}
