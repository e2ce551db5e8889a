import { statSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import type { Dtype } from "../spec/dtype";
import type { FileAccess } from "../spec/file-access";
import { readChatTemplate } from "./chat-template";
import { readClassifierConfig } from "./classifier-config";
import type { ModelKind } from "./driver";
import { detectModelKind } from "./load-model";
import { readModelConfig } from "./model-config";
import { ModelError } from "./model-error";
import { decoderPaths, modelVariants } from "./model-files";
import { externalDataFiles } from "./onnx-scan";
import { loadTokenizer } from "./tokenizer";

/** A file of a variant: its path relative to the model folder, and its size in bytes (undefined: missing). */
export interface InfoFile {
  readonly path: string;
  readonly bytes: number | undefined;
}

/** What a model folder holds, for `trustspec models info`. */
export interface ModelInfo {
  readonly dir: string;
  readonly kind: ModelKind;
  readonly modelType: string;
  /** Each precision variant: its layout, its graph files and the external weights they refer to. */
  readonly variants: readonly {
    readonly dtype: Dtype;
    readonly layout: "single" | "merged" | "split";
    readonly graphs: readonly InfoFile[];
    readonly weights: readonly InfoFile[];
  }[];
  /** The chat template's file, relative to the folder; undefined when the model has none. */
  readonly chatTemplate: string | undefined;
  /** Tokens the tokenizer knows, and the logits (or embeddings) config.json says the model has. */
  readonly vocabulary: { readonly tokenizer: number; readonly model: number | undefined };
  /** Positions the model attends to (prompt + new tokens); undefined when config.json does not say. */
  readonly contextLength: number | undefined;
  /** A classifier's labels, in id order. */
  readonly labels?: readonly string[];
}

/**
 * Reads what a model folder holds without running it: its kind, every dtype variant (onnx-community
 * layout) with its files and external weights (a weight file that is referred to and missing shows
 * with no size), its chat template, vocabulary and context length. Errors are the ModelErrors
 * loading would give.
 */
export async function modelInfo(dir: string, files: FileAccess): Promise<ModelInfo> {
  const variants = modelVariants(dir, files);
  if (variants.length === 0) {
    throw new ModelError(
      "MODEL_ONNX_MISSING",
      `no ONNX model in ${dir} (no model*.onnx, decoder_model_merged*.onnx or decoder_model*.onnx, also under onnx/)`,
      dir,
      "export the model with optimum-cli export onnx, or download an onnx-community model (docs/models.md)",
    );
  }
  const first = variants[0] as (typeof variants)[number];
  const kind = await detectModelKind(dir, files, first.dtype);
  const rel = (path: string) => relative(dir, path).split(sep).join("/");
  const sized = (path: string): InfoFile => ({
    path: rel(path),
    bytes: statSync(path, { throwIfNoEntry: false })?.size,
  });
  const described = variants.map(({ dtype, files: found }) => {
    const graphs = decoderPaths(found);
    const weights = graphs.flatMap((g) => (externalDataFiles(g) ?? []).map((l) => sized(join(dirname(g), l))));
    return { dtype, layout: found.kind, graphs: graphs.map(sized), weights };
  });
  const template = readChatTemplate(dir, files);
  // The two kinds read their config.json differently; what is shown of it is the same.
  const config = kind === "classifier" ? readClassifierConfig(dir, files) : readModelConfig(dir, files);
  const tokenizer = loadTokenizer(
    dir,
    files,
    "eosTokenIds" in config ? config : { bosTokenId: undefined, eosTokenIds: [] },
  );
  const labels = "labels" in config ? config.labels : undefined;
  return {
    dir,
    kind,
    modelType: config.modelType,
    variants: described,
    chatTemplate: template ? rel(template.source) : undefined,
    vocabulary: { tokenizer: tokenizer.vocabSize, model: config.vocabSize },
    contextLength: config.maxPositions,
    ...(labels ? { labels } : {}),
  };
}
