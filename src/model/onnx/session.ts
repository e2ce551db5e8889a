import * as ort from "onnxruntime-node";
import { ModelError } from "../model-error";

export interface SessionOptions {
  /** onnxruntime intra-op threads; results do not depend on it. */
  readonly threads?: number;
}

/** Opens an ONNX file; a file onnxruntime cannot load is a MODEL_ONNX_CORRUPT error naming it. */
export async function openSession(path: string, options: SessionOptions): Promise<ort.InferenceSession> {
  try {
    return await ort.InferenceSession.create(path, {
      ...(options.threads !== undefined ? { intraOpNumThreads: options.threads } : {}),
      interOpNumThreads: 1,
      graphOptimizationLevel: "all",
    });
  } catch (e) {
    throw new ModelError(
      "MODEL_ONNX_CORRUPT",
      `onnxruntime cannot load ${path}: ${e instanceof Error ? e.message.split("\n")[0] : String(e)}`,
      path,
      "the file is damaged or not an ONNX model: export it again (check the disk space and that the copy finished)",
    );
  }
}
