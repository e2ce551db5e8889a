import { dirname, isAbsolute, resolve } from "node:path";
import { mapJudges } from "../spec/judge-tree";
import type { ResolvedConfig } from "../spec/load-config";
import type { Judge } from "../spec/schema-types.generated";

/**
 * A judge as a spec names it (inline, or a config name), resolved: every path in it (a classifier's
 * model folder, a module judge's file, a json judge's schema file — inside not, all_of and any_of too)
 * made absolute against the file that names it.
 */
export function resolveJudgeRef(
  ref: string | Judge,
  file: string,
  config: ResolvedConfig | undefined,
): Judge | undefined {
  const [judge, base] =
    typeof ref === "string"
      ? [config?.judges[ref], config?.dir ?? dirname(resolve(file))]
      : [ref, dirname(resolve(file))];
  if (!judge) return undefined;
  const absolute = (path: string) => (isAbsolute(path) ? path : resolve(base, path));
  return mapJudges(judge, (j) => {
    switch (j.kind) {
      case "toxicity-classifier":
      case "classifier":
      case "module":
        return { ...j, path: absolute(j.path) };
      case "json":
        return typeof j.schema === "string" ? { ...j, schema: absolute(j.schema) } : j;
      default:
        return j;
    }
  });
}
