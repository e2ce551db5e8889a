import { join } from "node:path";
import { type FileAccess, readText } from "../spec/file-access";
import { failureReason } from "../spec/read-problem";
import { ModelError, type ModelErrorCode } from "./model-error";

/**
 * A JSON object file of a model directory: undefined when the file is absent; a ModelError with
 * `invalidCode` when it is there but not a JSON object (a broken file is never silently ignored).
 */
export function readJsonObject(
  files: FileAccess,
  path: string,
  invalidCode: ModelErrorCode,
): Record<string, unknown> | undefined {
  const read = readText(files, path);
  if (!("text" in read)) {
    if (read.reason === "missing") return undefined;
    throw new ModelError(invalidCode, `${path} ${failureReason(read)}`, path, "re-export the model");
  }
  try {
    const value: unknown = JSON.parse(read.text);
    if (value === null || typeof value !== "object" || Array.isArray(value)) throw new Error("not a JSON object");
    return value as Record<string, unknown>;
  } catch (e) {
    throw new ModelError(
      invalidCode,
      `${path} is not a valid JSON object: ${e instanceof Error ? e.message : String(e)}`,
      path,
      "re-export the model, or fix the JSON by hand",
    );
  }
}

/** A model directory's config.json, which every model needs: MODEL_CONFIG_MISSING when absent. */
export function readConfigJson(dir: string, files: FileAccess): { path: string; config: Record<string, unknown> } {
  const path = join(dir, "config.json");
  const config = readJsonObject(files, path, "MODEL_CONFIG_INVALID");
  if (config === undefined) {
    throw new ModelError(
      "MODEL_CONFIG_MISSING",
      "the model directory has no config.json",
      path,
      "export the model with optimum-cli export onnx, which writes config.json beside model.onnx",
    );
  }
  return { path, config };
}
