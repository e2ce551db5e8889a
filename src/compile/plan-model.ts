import { dirname, resolve } from "node:path";
import type { ResolvedConfig } from "../spec/load-config";
import type { PlanModel } from "./plan";

/** A spec's model as the config describes it (a name the config does not have: a folder beside the spec). */
export function planModel(name: string, config: ResolvedConfig | undefined, file: string): PlanModel {
  const model = config?.models[name];
  return {
    name,
    dir: model?.path ?? resolve(dirname(file), name),
    ...(model?.threads !== undefined ? { threads: model.threads } : {}),
    ...(model?.device !== undefined ? { device: model.device } : {}),
    ...(model?.maxLength !== undefined ? { maxLength: model.maxLength } : {}),
    ...(model?.chat !== undefined ? { chat: model.chat } : {}),
    ...(model?.mergeSystem ? { mergeSystem: model.mergeSystem } : {}),
    ...(model?.dtype !== undefined ? { dtype: model.dtype } : {}),
    ...(model?.remote !== undefined ? { remote: model.remote } : {}),
  };
}
