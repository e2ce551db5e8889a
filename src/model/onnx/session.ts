import * as ort from "onnxruntime-node";
import { type Device, deviceLabel } from "../../spec/device";
import { ModelError } from "../model-error";

export interface SessionOptions {
  /** onnxruntime intra-op threads; results do not depend on it. */
  readonly threads?: number;
  /** The GPU to run on; absent: the CPU. */
  readonly device?: Device;
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
 * Opens an ONNX file; a file onnxruntime cannot load is a MODEL_ONNX_CORRUPT error naming it, one
 * with an operator the CPU cannot run is MODEL_OP_UNSUPPORTED naming the operator, and a GPU whose
 * provider onnxruntime cannot set up is MODEL_PROVIDER_UNAVAILABLE naming the device.
 */
export async function openSession(path: string, options: SessionOptions): Promise<ort.InferenceSession> {
  // onnxruntime logs a provider it cannot load to stderr itself, a red line with its source paths,
  // before the error this function turns into MODEL_PROVIDER_UNAVAILABLE: its log starts at fatal
  // when a GPU is asked for (read once, by the process's first session).
  if (options.device !== undefined) ort.env.logLevel = "fatal";
  withoutTelemetry();
  try {
    return await ort.InferenceSession.create(path, sessionOptions(options));
  } catch (e) {
    throw options.device && providerMissing(e) ? providerError(path, options.device, e) : loadError(path, e);
  }
}

/**
 * onnxruntime-node 1.30 records usage telemetry on Linux for each session it opens (unless CI,
 * GITHUB_ACTIONS or another CI's variable is set): a device id and a SQLite database under
 * ~/.cache/Microsoft/DeveloperTools/.onnxruntime (2.7 MB on the build machine after a day of runs),
 * and a session file `.ses` (a time and an id) and sometimes a `mat-debug-PID.log` in the temp
 * folder. None of it is needed to run a model, and a trust gate should leave nothing about its runs
 * outside its project: trustspec turns the recording off, unless the environment already sets
 * ORT_DISABLE_TELEMETRY (0 keeps it on). onnxruntime reads the variable when it opens a session,
 * which is why it is set here, and not only at start-up.
 */
function withoutTelemetry(): void {
  process.env.ORT_DISABLE_TELEMETRY ??= "1";
}

/** onnxruntime's options for a session: the GPU's provider first when there is one (the CPU takes what it cannot run). */
export function sessionOptions(options: SessionOptions): ort.InferenceSession.SessionOptions {
  return {
    ...(options.threads !== undefined ? { intraOpNumThreads: options.threads } : {}),
    interOpNumThreads: 1,
    graphOptimizationLevel: "all",
    executionProviders: options.device
      ? [{ name: options.device.provider, deviceId: options.device.deviceId }, "cpu"]
      : ["cpu"],
  };
}

/**
 * Whether onnxruntime failed to set up the execution provider itself (its libraries not installed, no
 * driver, no such device), rather than to load the model: "OrtSessionOptionsAppendExecutionProvider_Cuda:
 * Failed to load shared library", or a CUDA error naming the device.
 */
function providerMissing(e: unknown): boolean {
  const message = e instanceof Error ? e.message : String(e);
  return /AppendExecutionProvider|providers_shared|cuda|cudnn/i.test(message);
}

function providerError(path: string, device: Device, e: unknown): ModelError {
  const message = (e instanceof Error ? e.message : String(e)).split("\n")[0];
  return new ModelError(
    "MODEL_PROVIDER_UNAVAILABLE",
    `onnxruntime cannot run ${path} on ${deviceLabel(device)} (execution_provider: ${device.provider}): ${message}`,
    path,
    "onnxruntime-node's CUDA libraries come from its install script on Linux x64 (ONNXRUNTIME_NODE_INSTALL=cuda12 npm rebuild onnxruntime-node) and need CUDA 12 and cuDNN 9 on the machine; or run it on the CPU: remove execution_provider where the model (or the classifier judge) is configured",
  );
}
