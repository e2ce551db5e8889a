/**
 * A GPU a model runs on (config `execution_provider: cuda`, `device_id:`); a model without one runs on
 * the CPU. onnxruntime's CUDA provider computes in another order than the CPU's kernels, so results
 * can differ in the last bits: the cache keeps a model's GPU results apart from its CPU ones.
 */
export interface Device {
  readonly provider: "cuda";
  readonly deviceId: number;
}

/** The GPU a model or classifier judge's `execution_provider:` and `device_id:` name; undefined: the CPU. */
export function deviceOf(entry: {
  readonly execution_provider?: "cpu" | "cuda";
  readonly device_id?: number;
}): Device | undefined {
  return entry.execution_provider === "cuda" ? { provider: "cuda", deviceId: entry.device_id ?? 0 } : undefined;
}

/** How keys and messages name it, e.g. `cuda:0`. */
export function deviceLabel(device: Device): string {
  return `${device.provider}:${device.deviceId}`;
}
