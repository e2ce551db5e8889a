import { basename, resolve } from "node:path";
import type { Plan } from "../compile/plan";
import type { ResolvedConfig } from "../spec/load-config";
import type { ModelTarget } from "./infer";

/** `--model NAME|DIR`: the model under test, replacing a spec's non-baseline models. */
export interface ModelOverride {
  readonly name: string;
  readonly dir: string;
}

/** Reads `--model`: a model name from the config, else a directory (relative to cwd). */
export function resolveOverride(value: string, config: ResolvedConfig | undefined, cwd: string): ModelOverride {
  const named = config?.models[value];
  if (named) return { name: value, dir: named.path };
  const dir = resolve(cwd, value);
  return { name: basename(dir), dir };
}

/**
 * The models one plan runs on: its own list, or with an override the override in place of every
 * model but the baseline (so "did this release get worse?" still compares against the baseline).
 */
export function planTargets(plan: Plan, override?: ModelOverride): ModelTarget[] {
  if (!override) return [...plan.models];
  const baseline = plan.models.find((m) => m.name === plan.compare?.baseline);
  return [
    ...(baseline && baseline.name !== override.name ? [baseline] : []),
    { name: override.name, dir: override.dir },
  ];
}
