import { ModelError } from "../../model/model-error";
import { type ModelInfo, modelInfo } from "../../model/model-info";
import { DTYPE_NOTES } from "../../spec/dtype";
import { diskFiles } from "../../spec/file-access";
import { type CliIO, EXIT } from "../io";

/** `trustspec models info DIR [--json]`: what a model folder holds, without running it. */
export async function modelsInfo(dir: string, io: CliIO, json: boolean): Promise<number> {
  // A folder that is not there names nothing: a usage error, as --model naming nothing is in generate.
  if (!diskFiles.isDirectory(dir)) {
    io.stderr(
      `trustspec models: info: no model folder ${dir}\n  hint: give the folder of an ONNX export (model.onnx or onnx/model*.onnx, config.json, tokenizer.json)\n`,
    );
    return EXIT.specError;
  }
  let info: ModelInfo;
  try {
    info = await modelInfo(dir, diskFiles);
  } catch (e) {
    if (!(e instanceof ModelError)) throw e;
    io.stderr(`${e.file}: error ${e.code}: ${e.message}\n  hint: ${e.hint}\n`);
    return EXIT.runtimeError;
  }
  if (json) {
    io.stdout(`${JSON.stringify(info, null, 2)}\n`);
    return EXIT.ok;
  }
  const kind = info.kind === "classifier" ? "sequence classifier" : "causal LM";
  const lines = [`${info.dir}: ${kind} (${info.modelType})`];
  const width = Math.max(...info.variants.map((v) => v.dtype.length));
  lines.push("  dtypes (--dtype / dtype:):");
  for (const v of info.variants) {
    const files = [...v.graphs, ...v.weights].map(
      (f) => `${f.path} ${f.bytes === undefined ? "(MISSING)" : size(f.bytes)}`,
    );
    const layout = info.kind === "classifier" ? "" : `${v.layout}: `;
    lines.push(`    ${v.dtype.padEnd(width)}  ${layout}${files.join(" + ")}`);
    lines.push(`    ${"".padEnd(width)}  ${DTYPE_NOTES[v.dtype]}`);
  }
  if (info.kind === "causal-lm") {
    const none = "none (a plain-text model: specs with messages: cannot run on it)";
    lines.push(`  chat template: ${info.chatTemplate ?? none}`);
  }
  const { tokenizer, model } = info.vocabulary;
  lines.push(
    `  vocabulary: ${count(tokenizer)} tokens${model !== undefined ? `; the model has ${count(model)} ${info.kind === "classifier" ? "embeddings" : "logits"}` : ""}`,
  );
  lines.push(
    `  context length: ${info.contextLength !== undefined ? `${count(info.contextLength)} positions` : "not stated in config.json"}`,
  );
  if (info.labels) lines.push(`  labels: ${info.labels.join(", ")}`);
  io.stdout(`${lines.join("\n")}\n`);
  return EXIT.ok;
}

function size(bytes: number): string {
  if (bytes >= 1024 ** 3) return `${(bytes / 1024 ** 3).toFixed(2)} GB`;
  if (bytes >= 1024 ** 2) return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
  return `${(bytes / 1024).toFixed(1)} kB`;
}

function count(n: number): string {
  return n.toLocaleString("en-US");
}
