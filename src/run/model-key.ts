import type { PlanModel } from "../compile/plan";

/**
 * What identifies a model in a run: its folder, and the precision variant it runs (`dtype`). Two
 * configured models may share a folder at different dtypes (a release's fp32 and q4 files compared),
 * so sessions, fingerprints and failures are kept by this key, not by the folder alone. The
 * full-precision variant's key is the folder itself.
 */
export function modelKey(model: Pick<PlanModel, "dir" | "dtype">): string {
  return model.dtype === undefined || model.dtype === "fp32" ? model.dir : `${model.dir}#${model.dtype}`;
}
