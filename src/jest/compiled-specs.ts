import { resolve } from "node:path";
import { type CompiledSpec, type CompileFileOptions, compileSpecFile } from "../compile/compile-spec-file";
import type { Plan } from "../compile/plan";
import type { ResolvedConfig } from "../spec/load-config";

/**
 * The specs of a run, compiled once: `trustspec run` keeps the plans it validated before Jest started
 * (keepCompiledSpecs), the runner compiles only what is not kept, and the transformer hands Jest each
 * spec's module from here. Jest runs a single test file in band, in the runner's process, so none of
 * them validates and compiles a spec a second time (a tenth of a second for a spec of 800 items; 0.1 s
 * of a cached run of `trustspec init`'s five specs). Jest's workers, which have none of it, compile as
 * before.
 */
const compiled = new Map<string, CompiledSpec>();

/** What a compile depends on besides the files (which both read from disk). */
function keyOf(file: string, options: CompileFileOptions): string {
  const overrides = Object.entries(options.datasetOverrides ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify([
    resolve(options.cwd, file),
    options.cwd,
    options.configFile ?? null,
    options.modelOverride === true,
    overrides,
  ]);
}

/**
 * Plans `trustspec run` compiled with the options the runner and transformer will compile them with
 * (its own validation of the whole project), kept until {@link forgetCompiledSpecs}.
 */
export function keepCompiledSpecs(
  plans: readonly Plan[],
  config: ResolvedConfig | undefined,
  options: CompileFileOptions,
): void {
  for (const plan of plans) compiled.set(keyOf(plan.file, options), { ok: true, plan, config });
}

/** The kept compile of a spec, else compileSpecFile, kept for this run's transformer until {@link forgetCompiledSpecs}. */
export function compileForRun(file: string, options: CompileFileOptions): CompiledSpec {
  const key = keyOf(file, options);
  const kept = compiled.get(key);
  if (kept !== undefined) return kept;
  const spec = compileSpecFile(file, options);
  compiled.set(key, spec);
  return spec;
}

/** What the running run compiled with these options, else a fresh compile. */
export function compiledSpec(file: string, options: CompileFileOptions): CompiledSpec {
  return compiled.get(keyOf(file, options)) ?? compileSpecFile(file, options);
}

/** Called when the run's tests are done: a later run (in the same process) compiles its own. */
export function forgetCompiledSpecs(): void {
  compiled.clear();
}
