import { dirname, isAbsolute, resolve } from "node:path";
import type { ResolvedConfig } from "../spec/load-config";
import type { Judge } from "../spec/schema-types.generated";

/** A judge as a spec names it (inline, or a config name), resolved; a classifier's path made absolute. */
export function resolveJudgeRef(
  ref: string | Judge,
  file: string,
  config: ResolvedConfig | undefined,
): Judge | undefined {
  const [judge, base] =
    typeof ref === "string"
      ? [config?.judges[ref], config?.dir ?? dirname(resolve(file))]
      : [ref, dirname(resolve(file))];
  if (judge && judge.kind === "toxicity-classifier" && !isAbsolute(judge.path)) {
    return { ...judge, path: resolve(base, judge.path) };
  }
  return judge;
}
