import { resolve } from "node:path";
import { type CompiledSpec, type CompileFileOptions, compileSpecFile } from "../compile/compile-spec-file";

/**
 * The specs the runner compiled for a run's inference, kept for the transformer while the run's
 * tests run: Jest runs a single test file in band, in the runner's process, and its transformer then
 * hands Jest each spec's module without validating and compiling the spec a second time (a tenth of a
 * second for a spec of 800 items). Jest's workers, which have none of it, compile as before.
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

/** compileSpecFile, kept for this run's transformer until {@link forgetCompiledSpecs}. */
export function compileForRun(file: string, options: CompileFileOptions): CompiledSpec {
  const spec = compileSpecFile(file, options);
  compiled.set(keyOf(file, options), spec);
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
