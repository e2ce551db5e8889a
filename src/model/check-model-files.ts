import type { Dtype } from "../spec/dtype";
import type { FileAccess } from "../spec/file-access";
import type { ModelKind } from "./driver";
import { readConfigJson } from "./json-file";
import { ModelError } from "./model-error";
import { checkModelDir, decoderPaths, findClassifierFile, findDecoderFiles } from "./model-files";
import { checkOnnxFile } from "./onnx-scan";

/**
 * The checks a model directory must pass before a run starts, without opening an ONNX session: the
 * directory exists, it holds the ONNX file of its kind (and dtype) with its external weights, and its
 * config.json is there and readable.
 * Each problem is the ModelError loading would throw (same code, file and hint), all of them at
 * once, so a run stops on a missing export before Jest starts instead of failing inside it.
 */
export function checkModelFiles(dir: string, kind: ModelKind, files: FileAccess, dtype?: Dtype): ModelError[] {
  const problem = (check: () => unknown): ModelError[] => {
    try {
      check();
      return [];
    } catch (e) {
      if (e instanceof ModelError) return [e];
      throw e;
    }
  };
  const missing = problem(() => checkModelDir(dir, files));
  if (missing.length > 0) return missing;
  return [
    ...problem(() => {
      const paths =
        kind === "classifier"
          ? [findClassifierFile(dir, files, dtype)]
          : decoderPaths(findDecoderFiles(dir, files, dtype));
      for (const path of paths) checkOnnxFile(path);
    }),
    ...problem(() => readConfigJson(dir, files)),
  ];
}
