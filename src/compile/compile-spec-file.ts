import { dirname, resolve } from "node:path";
import type { FileAccess } from "../spec/file-access";
import { formatProblem } from "../spec/format-problems";
import type { ResolvedConfig } from "../spec/load-config";
import { hasErrors } from "../spec/problem";
import { validateProject } from "../spec/validate-project";
import { compilePlan } from "./compile-plan";
import type { Plan } from "./plan";

export type CompiledSpec =
  | { readonly ok: true; readonly plan: Plan; readonly config: ResolvedConfig | undefined }
  /** The spec cannot run: every problem, formatted as `path:line:col: error CODE: message` with a code frame. */
  | { readonly ok: false; readonly message: string };

export interface CompileFileOptions {
  readonly files: FileAccess;
  /** --dataset SPEC_ID=PATH overrides (those naming other specs are ignored here). */
  readonly datasetOverrides?: Readonly<Record<string, string>>;
  /** Directory paths in messages are shown relative to. */
  readonly cwd: string;
  /** The config `trustspec run` validated with (its --config, or the one it found); else the spec's nearest. */
  readonly configFile?: string;
  /** A --model is given: a spec that names no model (and has no config to name one) runs on it. */
  readonly modelOverride?: boolean;
}

/**
 * One spec file, validated with the project's config (`configFile`, else the nearest
 * trustspec.config.yaml at or above the spec) and compiled to its plan: what the Jest transformer, the runner and
 * `trustspec compile` all do, so they cannot disagree.
 */
export function compileSpecFile(file: string, options: CompileFileOptions): CompiledSpec {
  const path = resolve(options.cwd, file);
  const project = validateProject({
    paths: [path],
    cwd: dirname(path),
    files: options.files,
    ...(options.configFile !== undefined ? { configFile: options.configFile } : {}),
    ...(options.modelOverride ? { modelOverride: true } : {}),
    ...(options.datasetOverrides ? { datasetOverrides: options.datasetOverrides } : {}),
  });
  // An override for another spec is not this file's problem (the run checks overrides once, globally).
  const problems = project.problems.filter((p) => p.code !== "UNKNOWN_SPEC");
  const spec = project.specs[0];
  if (hasErrors(problems) || spec === undefined) {
    return { ok: false, message: problems.map((p) => formatProblem(p, project.sources, options.cwd)).join("\n\n") };
  }
  const compiled = compilePlan(spec, project.config);
  if (!compiled.ok) {
    return {
      ok: false,
      message: compiled.problems.map((p) => formatProblem(p, project.sources, options.cwd)).join("\n\n"),
    };
  }
  return { ok: true, plan: compiled.plan, config: project.config };
}
