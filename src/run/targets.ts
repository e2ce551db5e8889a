import { realpathSync } from "node:fs";
import { relative, resolve, sep } from "node:path";
import type { Plan } from "../compile/plan";
import { planModel } from "../compile/plan-model";
import { roleOf, type TargetRole } from "../compile/roles";
import type { Dtype } from "../spec/dtype";
import type { ResolvedConfig } from "../spec/load-config";
import type { ModelTarget } from "./infer";

/** `--model NAME|DIR`: the model under test, replacing a spec's non-baseline models (with its config settings, if it has any). */
export type ModelOverride = ModelTarget;

export interface RunTarget extends ModelTarget {
  readonly role: TargetRole;
}

/**
 * Reads `--model`: a model name from the config, else a directory (relative to cwd). A directory is
 * the configured model whose folder it is (after symlinks); any other directory is named by its path
 * relative to `cwd`, never by its base name alone — a copy of a candidate at `../x/demo-base` must not
 * pass for the configured `demo-base`.
 */
export function resolveOverride(
  value: string,
  config: ResolvedConfig | undefined,
  cwd: string,
  dtype?: Dtype,
): ModelOverride {
  if (config?.models[value]) return planModel(value, config, cwd);
  const dir = resolve(cwd, value);
  const real = realPath(dir);
  // A folder configured more than once (its fp32 and q4 files, say) is the entry of the dtype asked
  // for (fp32 when none is), else its first entry.
  const same = Object.entries(config?.models ?? {}).filter(([, m]) => realPath(m.path) === real);
  const wanted = dtype ?? "fp32";
  const chosen = same.find(([, m]) => (m.dtype ?? "fp32") === wanted) ?? same[0];
  if (chosen) return planModel(chosen[0], config, cwd);
  const path = relative(cwd, dir).split(sep).join("/");
  const name = path === "" ? "." : path.startsWith("../") || path === ".." ? path : `./${path}`;
  return { name, dir };
}

/** What a run changes about the models its specs name. */
export interface RunModels {
  /** `--model`: the model under test. */
  readonly override?: ModelOverride | undefined;
  /** The specs of a baseline scorecard (`--baseline FILE`). */
  readonly external?: ReadonlySet<string> | undefined;
  /** `--dtype`: every model of the run runs this variant's files. */
  readonly dtype?: Dtype | undefined;
}

/**
 * The models one plan runs on, each with its role. Without `--model`: the spec's own models. With
 * an override, the override in place of every model but the baseline (so "did this release get worse?"
 * still compares against the baseline). With a baseline scorecard holding the spec (`external`), the
 * file replaces the in-run baseline, which then does not run (unless it is all that would). With
 * `--dtype`, each runs that variant (the baseline too: a release and its baseline are compared at the
 * same precision).
 */
export function planTargets(plan: Plan, run: RunModels = {}): RunTarget[] {
  const { override, external, dtype } = run;
  const baselineName = plan.compare?.baseline;
  const baseline = plan.models.find((m) => m.name === baselineName);
  const models: ModelTarget[] = override
    ? [...(baseline && baseline.name !== override.name ? [baseline] : []), override]
    : [...plan.models];
  const names = models.map((m) => m.name);
  const roles = models.map((m) => ({ ...m, ...(dtype ? { dtype } : {}), role: roleOf(m.name, baselineName, names) }));
  return external?.has(plan.specId) ? roles.filter((t) => t.role === "candidate") : roles;
}

/**
 * Why a run with `--model` cannot gate, or undefined: the model under test is the baseline its
 * specs compare with (a release compared with itself always passes). With a baseline scorecard the
 * in-run baseline is not used, so any model may be the candidate.
 */
export function overrideConflict(
  specs: readonly { readonly specId: string; readonly baseline: string | undefined }[],
  override: ModelOverride | undefined,
  external?: ReadonlySet<string>,
): string | undefined {
  if (!override) return undefined;
  const ids = specs.filter((s) => s.baseline === override.name && !external?.has(s.specId)).map((s) => s.specId);
  if (ids.length === 0) return undefined;
  const shown = ids.length > 3 ? `${ids.slice(0, 3).join(", ")} and ${ids.length - 3} more` : ids.join(", ");
  return `--model ${override.name} is the baseline that ${shown} ${ids.length === 1 ? "compares" : "compare"} with (compare.baseline), so the release would be compared with itself and always pass; pass the candidate's model, or run without --model to run the specs' own models`;
}

function realPath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}
