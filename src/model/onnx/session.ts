import * as ort from "onnxruntime-node";
import { ModelError } from "../model-error";

export interface SessionOptions {
  /** onnxruntime intra-op threads; results do not depend on it. */
  readonly threads?: number;
}

/**
 * An operator onnxruntime's CPU provider has no kernel for, from its two messages: an ONNX operator
 * with no kernel for the types used ("Could not find an implementation for Add(14) node with name
 * 'x'"), and a contrib operator with no CPU kernel at all ("Failed to find kernel for
 * com.microsoft.BiasAdd(1) (node:'x' ep:'CPUExecutionProvider')").
 */
const NO_KERNEL = [
  /Could not find an implementation for ([\w.]+)\((\d+)\) node with name '([^']*)'/,
  /Failed to find kernel for ([\w.]+)\((\d+)\) \(node:'([^']*)'/,
];

function loadError(path: string, e: unknown): ModelError {
  const message = e instanceof Error ? e.message : String(e);
  for (const pattern of NO_KERNEL) {
    const match = pattern.exec(message);
    if (!match) continue;
    const [, op, version, node] = match as unknown as [string, string, string, string];
    return new ModelError(
      "MODEL_OP_UNSUPPORTED",
      `onnxruntime cannot run ${path} on the CPU: it has no kernel for the operator ${op} (opset ${version}, node "${node}") with the types this file uses`,
      path,
      "float16 and bfloat16 graphs and operators made for GPUs often lack CPU kernels: use the model's fp32 or q4 file (model.onnx, model_q4.onnx)",
    );
  }
  return new ModelError(
    "MODEL_ONNX_CORRUPT",
    `onnxruntime cannot load ${path}: ${message.split("\n")[0]}`,
    path,
    "the file is damaged or not an ONNX model: export it again (check the disk space and that the copy finished)",
  );
}

/**
 * Opens an ONNX file; a file onnxruntime cannot load is a MODEL_ONNX_CORRUPT error naming it, and one
 * with an operator the CPU cannot run is MODEL_OP_UNSUPPORTED naming the operator.
 */
export async function openSession(path: string, options: SessionOptions): Promise<ort.InferenceSession> {
  try {
    return await ort.InferenceSession.create(path, {
      ...(options.threads !== undefined ? { intraOpNumThreads: options.threads } : {}),
      interOpNumThreads: 1,
      graphOptimizationLevel: "all",
    });
  } catch (e) {
    throw loadError(path, e);
  }
}
