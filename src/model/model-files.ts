import { join } from "node:path";
import { DTYPES, type Dtype } from "../spec/dtype";
import type { FileAccess } from "../spec/file-access";
import { ModelError } from "./model-error";

/**
 * Which ONNX files make up a decoder export. optimum writes one of: `model.onnx` (with or without
 * KV-cache inputs), a merged `decoder_model_merged.onnx` with a `use_cache_branch` input, or the
 * split pair `decoder_model.onnx` + `decoder_with_past_model.onnx`; at the root or under `onnx/`.
 * Whether a single model has cache inputs is read from its session, not from its name. A dtype other
 * than fp32 picks the files with its suffix (`model_q4.onnx`, `decoder_model_merged_fp16.onnx`), as
 * the onnx-community / transformers.js layout names them.
 */
export type DecoderFiles =
  | { readonly kind: "single"; readonly model: string }
  | { readonly kind: "merged"; readonly model: string }
  | { readonly kind: "split"; readonly decoder: string; readonly withPast: string };

export function findDecoderFiles(dir: string, files: FileAccess, dtype: Dtype = "fp32"): DecoderFiles {
  checkModelDir(dir, files);
  const found = decoderFilesOf(dir, files, dtype);
  if (found) return found;
  const names = ["model", "decoder_model_merged", "decoder_model"].map((n) => `${n}${DTYPES[dtype]}.onnx`);
  if (dtype !== "fp32") throw dtypeMissing(dir, files, dtype, names);
  const present = dtypesIn(dir, files);
  throw new ModelError(
    "MODEL_ONNX_MISSING",
    `no ONNX decoder in ${dir} (looked for ${names.join(", ")}, also under onnx/)${present.length > 0 ? `; it holds the dtypes ${present.join(", ")}` : ""}`,
    join(dir, "model.onnx"),
    present.length > 0
      ? `choose one: dtype: ${present[0]} on the model in trustspec.config.yaml, or --dtype ${present[0]}`
      : "export the model with: optimum-cli export onnx --task text-generation-with-past --model <model> <dir>",
  );
}

/** The decoder files of one dtype, or undefined when the folder has none. */
function decoderFilesOf(dir: string, files: FileAccess, dtype: Dtype): DecoderFiles | undefined {
  const suffix = DTYPES[dtype];
  for (const base of [dir, join(dir, "onnx")]) {
    const at = (name: string) =>
      files.exists(join(base, `${name}${suffix}.onnx`)) ? join(base, `${name}${suffix}.onnx`) : undefined;
    const merged = at("decoder_model_merged");
    if (merged) return { kind: "merged", model: merged };
    const single = at("model");
    if (single) return { kind: "single", model: single };
    const decoder = at("decoder_model");
    const withPast = at("decoder_with_past_model");
    if (decoder && withPast) return { kind: "split", decoder, withPast };
    if (decoder) return { kind: "single", model: decoder };
  }
  return undefined;
}

/** The ONNX files of a decoder's layout, in order. */
export function decoderPaths(found: DecoderFiles): string[] {
  return found.kind === "split" ? [found.decoder, found.withPast] : [found.model];
}

/** The dtypes a model folder holds files of (a decoder's layout, or a classifier's model*.onnx), in DTYPES order. */
export function dtypesIn(dir: string, files: FileAccess): Dtype[] {
  return (Object.keys(DTYPES) as Dtype[]).filter((d) => decoderFilesOf(dir, files, d) !== undefined);
}

/** The variants a folder holds: each dtype with its files. */
export function modelVariants(dir: string, files: FileAccess): { dtype: Dtype; files: DecoderFiles }[] {
  checkModelDir(dir, files);
  return (Object.keys(DTYPES) as Dtype[]).flatMap((dtype) => {
    const found = decoderFilesOf(dir, files, dtype);
    return found ? [{ dtype, files: found }] : [];
  });
}

function dtypeMissing(dir: string, files: FileAccess, dtype: Dtype, names: readonly string[]): ModelError {
  const present = dtypesIn(dir, files);
  return new ModelError(
    "MODEL_DTYPE_MISSING",
    `${dir} has no ${dtype} files (looked for ${names.join(", ")}, also under onnx/); it holds ${present.length > 0 ? `the dtypes ${present.join(", ")}` : "no ONNX model"}`,
    dir,
    present.length > 0
      ? `${present.length === 1 ? `use its ${present[0]} files` : `choose one of ${present.join(", ")}`} (dtype: in trustspec.config.yaml or --dtype; fp32 is the default), or download the ${dtype} files, e.g. huggingface-cli download <repo> --include "onnx/model${DTYPES[dtype]}.onnx*" --local-dir ${dir}`
      : "export or download the model into this folder (docs/models.md)",
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

/** The ONNX file of a sequence-classifier export: `model.onnx` (`model_q4.onnx`… for a dtype), at the root or under `onnx/`. */
export function findClassifierFile(dir: string, files: FileAccess, dtype: Dtype = "fp32"): string {
  checkModelDir(dir, files);
  const name = `model${DTYPES[dtype]}.onnx`;
  for (const path of [join(dir, name), join(dir, "onnx", name)]) {
    if (files.exists(path)) return path;
  }
  if (dtype !== "fp32") throw dtypeMissing(dir, files, dtype, [name]);
  throw new ModelError(
    "MODEL_ONNX_MISSING",
    `no ONNX classifier in ${dir} (looked for model.onnx, also under onnx/)`,
    join(dir, "model.onnx"),
    "export the model with: optimum-cli export onnx --task text-classification --model <model> <dir>",
  );
}
