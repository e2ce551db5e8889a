import type { PlanModel } from "../compile/plan";
import { deviceLabel } from "../spec/device";

/**
 * What identifies a model in a run: its folder, the precision variant it runs (`dtype`) and the GPU
 * it runs on; for a model behind a server, its endpoint, kind and revision. Two configured models may
 * share a folder at different dtypes (a release's fp32 and q4 files compared) or on different devices,
 * so sessions, fingerprints and failures are kept by this key, not by the folder alone. The full-precision variant's key on the CPU is the folder itself.
 */
export function modelKey(model: Pick<PlanModel, "dir" | "dtype" | "device" | "remote">): string {
  // A remote model's dir is its endpoint and model; its kind is another endpoint of the server (one
  // model by /completions and by /chat/completions is two models, as in docs/models.md's example), and
  // its revision another model under the same name.
  if (model.remote !== undefined) {
    const endpoint = `${model.dir}#${model.remote.kind}`;
    return model.remote.revision === undefined ? endpoint : `${endpoint}@${model.remote.revision}`;
  }
  const variant = model.dtype === undefined || model.dtype === "fp32" ? model.dir : `${model.dir}#${model.dtype}`;
  return model.device === undefined ? variant : `${variant}@${deviceLabel(model.device)}`;
}
